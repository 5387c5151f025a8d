/**
 * Which of the five surveyed architecture types fits (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1 table).
 *
 * Rule: the workload shape decides; each workload belongs to exactly one type (the reference data
 * schema checks it). One exception (product rule): a payment/settlement system without a
 * cross-border link is domestic clearing, not 跨境电商结算型, and is typed by its transaction-gateway
 * shape as 微服务网关型. Industry drives warnings: finance and government without SM crypto
 * (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §1, §2.3), and an industry the stored survey records hold no enterprise of for the type.
 */
import {
  ARCHITECTURE_TYPE_LABELS,
  INDUSTRY_LABELS,
  SM_NONE_IS_RISK,
  WORKLOAD_LABELS,
  type ArchitectureType,
  type Industry,
} from "@/lib/domain/catalog";
import type { Scenario } from "@/lib/validations/evaluate";
import type { ArchitectureProfile, SurveyIndustries } from "@/lib/validations/reference";
import type { Warning } from "@/lib/domain/decision-codes";
import { LEGACY_SM_LIBRARY_NOTE, MIPING_SCOPE_NOTE, SM_LIBRARY_ADVICE, TLCP_ADVICE } from "@/lib/domain/sm-libraries";
import { ReferenceDataError } from "./errors";
import { goAtLeast } from "@/lib/domain/go-version";

export const ARCHITECTURE_RULE =
  "业务形态决定架构类型（每种业务形态登记在一类架构下）；例外（本产品规则）：支付清结算系统没有跨境链路（且行业不是跨境电商）时属于境内清算，" +
  "不套用跨境电商结算型，按其交易网关形态选择微服务网关型。行业只产生提示：金融、政务未选国密；已存调研记录中该类型没有该行业的企业";

/** The type a domestic clearing system is given: its shape is a transaction gateway (product rule). */
const DOMESTIC_CLEARING_TYPE: ArchitectureType = "microservice-gateway";

export interface ArchitectureChoice {
  profile: ArchitectureProfile;
  matchedBy: "workload" | "domestic-clearing";
  reason: string;
}

type ArchitectureScenario = Pick<Scenario, "workload" | "industry" | "crossBorder">;

/** A settlement system has a cross-border link when the architect says so or the industry is cross-border e-commerce. */
const isDomesticClearing = ({ workload, industry, crossBorder }: ArchitectureScenario) =>
  workload === "payment-settlement" && crossBorder === false && industry !== "cross-border-ecommerce";

function profileOf(id: ArchitectureType, profiles: readonly ArchitectureProfile[]): ArchitectureProfile {
  const profile = profiles.find((p) => p.id === id);
  if (!profile) throw new ReferenceDataError(`参考数据中缺少架构类型 ${id}`);
  return profile;
}

function choose(scenario: ArchitectureScenario, profiles: readonly ArchitectureProfile[]): ArchitectureChoice {
  const { workload } = scenario;
  if (isDomesticClearing(scenario)) {
    const profile = profileOf(DOMESTIC_CLEARING_TYPE, profiles);
    return Object.freeze({
      profile,
      matchedBy: "domestic-clearing" as const,
      reason:
        `业务形态「${WORKLOAD_LABELS[workload]}」且没有跨境链路：属于境内支付清算，不套用${ARCHITECTURE_TYPE_LABELS["crossborder-settlement"]}，` +
        `按交易网关形态选择${ARCHITECTURE_TYPE_LABELS[profile.id]}（代表企业：${profile.exampleEnterprise}；本产品规则）`,
    });
  }
  const matched = profiles.find((profile) => profile.workloads.includes(workload));
  if (!matched) throw new ReferenceDataError(`没有架构类型登记业务形态 ${workload}`);
  const unstated = workload === "payment-settlement" && scenario.crossBorder === undefined && scenario.industry !== "cross-border-ecommerce";
  return Object.freeze({
    profile: matched,
    matchedBy: "workload" as const,
    reason:
      `业务形态「${WORKLOAD_LABELS[workload]}」对应${ARCHITECTURE_TYPE_LABELS[matched.id]}（代表企业：${matched.exampleEnterprise}）` +
      (unstated ? "；未说明是否有跨境链路，按跨境结算处理（境内清算请答“没有跨境链路”）" : ""),
  });
}

/** Built once per reference array and scenario key, then shared frozen: reference data is loaded once. */
const CHOICES = new WeakMap<readonly ArchitectureProfile[], Map<string, ArchitectureChoice>>();

export function selectArchitecture(scenario: ArchitectureScenario, profiles: readonly ArchitectureProfile[]): ArchitectureChoice {
  let table = CHOICES.get(profiles);
  if (table === undefined) CHOICES.set(profiles, (table = new Map()));
  const key = `${scenario.workload}|${scenario.industry}|${String(scenario.crossBorder)}`;
  let choice = table.get(key);
  if (choice === undefined) table.set(key, (choice = choose(scenario, profiles)));
  return choice;
}

/** Library advice comes from lib/domain/sm-libraries.ts, with the sources of its facts. */
const SM_LIBRARY_TEXT = `建议用 ${SM_LIBRARY_ADVICE}实现 SM2/SM3/SM4；${TLCP_ADVICE}；${LEGACY_SM_LIBRARY_NOTE}`;

const SM_CRYPTO_NOTICE: Partial<Record<Industry, string>> = {
  finance: `金融系统须支持 TLS 1.3 + SM2/SM4 双模（《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章，滨海新区金融客户），本次未选国密要求（${SM_NONE_IS_RISK}）；${SM_LIBRARY_TEXT}`,
  government: `政务系统须通过密评，要求 SM2/SM3/SM4 全链路（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.3），本次未选国密要求（${SM_NONE_IS_RISK}）；${MIPING_SCOPE_NOTE}；${SM_LIBRARY_TEXT}`,
};

/**
 * Warnings the architecture step raises for this scenario. `survey`: what the stored records hold
 * (read per survey revision, lib/data/decision-reference.ts). `goFloor`: the architecture type's Go
 * floor, raised for the target CPU (lib/domain/go-version.ts).
 */
export function architectureWarnings(
  scenario: Scenario,
  choice: ArchitectureChoice,
  survey: SurveyIndustries,
  out: Warning[],
  goFloor = choice.profile.goFloor,
): void {
  const { profile } = choice;
  const notice = SM_CRYPTO_NOTICE[scenario.industry];
  if (notice && (scenario.crypto === undefined || scenario.crypto === "none")) {
    out.push({ code: "SM_CRYPTO_MISSING", message: notice });
  }
  if (scenario.goVersion !== undefined && !goAtLeast(scenario.goVersion, goFloor)) {
    out.push({
      code: "GO_BELOW_FLOOR",
      message:
        goFloor === profile.goFloor
          ? `计划使用 Go ${scenario.goVersion}，低于${profile.name}的最低版本 ${profile.goFloor}（《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章）`
          : `计划使用 Go ${scenario.goVersion}，低于目标 CPU 要求的最低版本 ${goFloor}（${profile.name}本身要求 ${profile.goFloor}，《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章；linux/loong64 自 Go 1.19 起提供，见 Go 1.19 发布说明）`,
    });
  }
  if (scenario.industry !== "other") {
    const held = survey.byArchitecture[profile.id] ?? {};
    if (!held[scenario.industry]) out.push({ code: "INDUSTRY_OUTSIDE_SURVEY", message: outsideSurveyMessage(profile, scenario.industry, held) });
  }
}

function outsideSurveyMessage(profile: ArchitectureProfile, industry: Industry, held: Readonly<Partial<Record<Industry, number>>>): string {
  const present = (Object.entries(held) as [Industry, number][]).filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1]);
  const total = present.reduce((sum, [, count]) => sum + count, 0);
  const which =
    total === 0
      ? `已存调研记录中没有${profile.name}企业`
      : `已存调研记录中的 ${total} 家${profile.name}企业没有「${INDUSTRY_LABELS[industry]}」行业的（${present.map(([i, count]) => `${INDUSTRY_LABELS[i]} ${count} 家`).join("、")}）`;
  return `${which}：该类型的适配耗时 ${profile.adaptationDays} 人日（原文）和同类企业对比都不含本行业的经验，仅供参考`;
}
