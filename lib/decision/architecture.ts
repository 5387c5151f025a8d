/**
 * Which of the five surveyed architecture types fits (seed 001 ch.1 table).
 *
 * Rule: the workload shape decides (each profile lists its home workloads). Industry breaks a tie
 * when several profiles claim the workload, and is the fallback when none does. Industry also
 * drives warnings: finance and government targets without SM crypto (seed 001 §1, §2.3).
 */
import {
  ARCHITECTURE_TYPE_LABELS,
  INDUSTRY_LABELS,
  SM_NONE_IS_RISK,
  WORKLOAD_LABELS,
  type Industry,
  type Workload,
} from "@/lib/domain/catalog";
import type { Scenario } from "@/lib/validations/evaluate";
import type { ArchitectureProfile } from "@/lib/validations/reference";
import type { Warning } from "@/lib/domain/decision-codes";
import { LEGACY_SM_LIBRARY_NOTE, MIPING_SCOPE_NOTE, SM_LIBRARY_ADVICE, TLCP_ADVICE } from "@/lib/domain/sm-libraries";
import { ReferenceDataError } from "./errors";
import { goAtLeast } from "@/lib/domain/go-version";

export const ARCHITECTURE_RULE =
  "业务形态决定架构类型（每类架构登记了其典型业务形态）；多个类型都匹配时取行业相符者；没有类型匹配时按行业选择";

export interface ArchitectureChoice {
  profile: ArchitectureProfile;
  matchedBy: "workload" | "industry";
  reason: string;
}

function byWorkload(workload: Workload, industry: Industry, profiles: readonly ArchitectureProfile[]) {
  let first: ArchitectureProfile | undefined;
  for (const profile of profiles) {
    if (!profile.workloads.includes(workload)) continue;
    if (profile.industries.includes(industry)) return profile;
    first ??= profile;
  }
  return first;
}

function choose(workload: Workload, industry: Industry, profiles: readonly ArchitectureProfile[]): ArchitectureChoice {
  const matched = byWorkload(workload, industry, profiles);
  if (matched) {
    return Object.freeze({
      profile: matched,
      matchedBy: "workload" as const,
      reason: `业务形态「${WORKLOAD_LABELS[workload]}」对应${ARCHITECTURE_TYPE_LABELS[matched.id]}（代表企业：${matched.exampleEnterprise}）`,
    });
  }
  const fallback = profiles.find((profile) => profile.industries.includes(industry));
  if (!fallback) {
    throw new ReferenceDataError(`没有架构类型对应业务形态 ${workload} 或行业 ${industry}`);
  }
  return Object.freeze({
    profile: fallback,
    matchedBy: "industry" as const,
    reason: `没有架构类型登记业务形态「${WORKLOAD_LABELS[workload]}」，按行业「${INDUSTRY_LABELS[industry]}」选择${ARCHITECTURE_TYPE_LABELS[fallback.id]}`,
  });
}

/** Built once per reference array and (workload, industry), then shared frozen: reference data is loaded once. */
const CHOICES = new WeakMap<readonly ArchitectureProfile[], Map<Workload, Partial<Record<Industry, ArchitectureChoice>>>>();

export function selectArchitecture(
  { workload, industry }: { workload: Workload; industry: Industry },
  profiles: readonly ArchitectureProfile[],
): ArchitectureChoice {
  let table = CHOICES.get(profiles);
  if (table === undefined) CHOICES.set(profiles, (table = new Map()));
  let row = table.get(workload);
  if (row === undefined) table.set(workload, (row = {}));
  return (row[industry] ??= choose(workload, industry, profiles));
}

/** Library advice comes from lib/domain/sm-libraries.ts, with the sources of its facts. */
const SM_LIBRARY_TEXT = `建议用 ${SM_LIBRARY_ADVICE}实现 SM2/SM3/SM4；${TLCP_ADVICE}；${LEGACY_SM_LIBRARY_NOTE}`;

const SM_CRYPTO_NOTICE: Partial<Record<Industry, string>> = {
  finance: `金融系统须支持 TLS 1.3 + SM2/SM4 双模（seed 001 第一章，滨海新区金融客户），本次未选国密要求（${SM_NONE_IS_RISK}）；${SM_LIBRARY_TEXT}`,
  government: `政务系统须通过密评，要求 SM2/SM3/SM4 全链路（seed 001 §2.3），本次未选国密要求（${SM_NONE_IS_RISK}）；${MIPING_SCOPE_NOTE}；${SM_LIBRARY_TEXT}`,
};

/** Warnings the architecture step raises for this scenario. */
/** `goFloor`: the architecture type's Go floor, raised for the target CPU (lib/domain/go-version.ts). */
export function architectureWarnings(scenario: Scenario, choice: ArchitectureChoice, out: Warning[], goFloor = choice.profile.goFloor): void {
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
          ? `计划使用 Go ${scenario.goVersion}，低于${profile.name}的最低版本 ${profile.goFloor}（seed 001 第一章）`
          : `计划使用 Go ${scenario.goVersion}，低于目标 CPU 要求的最低版本 ${goFloor}（${profile.name}本身要求 ${profile.goFloor}，seed 001 第一章；linux/loong64 自 Go 1.19 起提供，见 Go 1.19 发布说明）`,
    });
  }
  if (choice.matchedBy === "industry") {
    out.push({ code: "ARCHITECTURE_BY_INDUSTRY", message: choice.reason });
  } else if (scenario.industry !== "other" && !profile.industries.includes(scenario.industry)) {
    out.push({
      code: "INDUSTRY_OUTSIDE_SURVEY",
      message: `调研中的${profile.name}不含「${INDUSTRY_LABELS[scenario.industry]}」行业企业，适配耗时 ${profile.adaptationDays} 人日仅供参考`,
    });
  }
}
