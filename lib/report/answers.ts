/**
 * "The inputs as answered": the questionnaire's questions with the architect's answers, in
 * Chinese, grouped as the questionnaire groups them. Unanswered optional questions are listed
 * too ("未填写"), because in a review what was not said matters.
 */
import {
  CONSISTENCY_LABELS,
  CPU_FAMILY_LABELS,
  CRYPTO_MODE_LABELS,
  DATABASE_LABELS,
  DENSITY_LABELS,
  DISTRICT_LABELS,
  FACTOR_LABELS,
  FACTORS,
  INDUSTRY_LABELS,
  TARGET_OS_LABELS,
  TIER_LABELS,
  WORKLOAD_LABELS,
  type Factor,
} from "@/lib/domain/catalog";
import { formatDependencies, formatExtraFeatures, formatFactor, formatNumber, formatYesNo } from "@/lib/assessments/format";
import { DEFAULT_WEIGHTS } from "@/lib/domain/thresholds";
import type { EvaluateRequest } from "@/lib/validations/evaluate";
import { TEXT } from "./labels";

export interface AnswerRow {
  question: string;
  answer: string;
}

export interface AnswerGroup {
  title: string;
  rows: AnswerRow[];
}

const optional = <T>(value: T | undefined, show: (v: T) => string) => (value === undefined ? TEXT.notAnswered : show(value));

function scenarioRows(request: EvaluateRequest): AnswerRow[] {
  const s = request.scenario;
  return [
    { question: "业务连续性等级", answer: TIER_LABELS[request.tier] },
    { question: "行业", answer: INDUSTRY_LABELS[s.industry] },
    { question: "业务形态", answer: WORKLOAD_LABELS[s.workload] },
    { question: "部署密度", answer: DENSITY_LABELS[s.density] },
    { question: "一致性要求", answer: CONSISTENCY_LABELS[s.consistency] },
    { question: "所在区（仅用于同区对比，不参与决策）", answer: optional(s.district, (d) => DISTRICT_LABELS[d]) },
    { question: "是否有跨境链路", answer: optional(s.crossBorder, formatYesNo) },
    { question: "是否以 CGO_ENABLED=1 构建", answer: optional(s.cgo, formatYesNo) },
    { question: "计划使用的 Go 版本", answer: optional(s.goVersion, (v) => `Go ${v}`) },
    { question: "单个服务的内存上限", answer: optional(s.memoryLimitMb, (v) => `${formatNumber(v)} MB`) },
    { question: "国密要求", answer: optional(s.crypto, (c) => CRYPTO_MODE_LABELS[c]) },
  ];
}

function factsAnswer(factor: Factor, request: EvaluateRequest): string {
  const facts = request.facts;
  if (factor === "xinchuang" && facts?.xinchuang) {
    const x = facts.xinchuang;
    const parts = [`操作系统 ${TARGET_OS_LABELS[x.os]}`, `数据库 ${DATABASE_LABELS[x.database]}`];
    parts.push(`CPU ${x.cpu ? CPU_FAMILY_LABELS[x.cpu] : TEXT.notAnswered}`);
    if (x.crypto) parts.push(`国密 ${CRYPTO_MODE_LABELS[x.crypto]}`);
    return parts.join("；");
  }
  if (factor === "goProficiency" && facts?.goProficiency) {
    const g = facts.goProficiency;
    const team = g.levels ? `；团队 初级 ${g.levels.junior} 人、中级 ${g.levels.mid} 人、资深 ${g.levels.senior} 人` : "";
    return `近半年交付 ${g.servicesLast6m} 个 Go 服务${team}`;
  }
  if (factor === "couplingInverse" && facts?.couplingInverse) {
    const deps = facts.couplingInverse.dependencies;
    if (deps.length === 0) return "存量系统没有外部依赖";
    return formatDependencies(deps);
  }
  return TEXT.notAnswered;
}

function factorRows(request: EvaluateRequest): AnswerRow[] {
  return FACTORS.map((factor) => {
    const given = request.factors?.[factor];
    const answer =
      given !== undefined ? `${formatFactor(given)}（${TEXT.given}）` : `${TEXT.derived}：${factsAnswer(factor, request)}`;
    return { question: FACTOR_LABELS[factor], answer };
  });
}

function weightRows(request: EvaluateRequest): AnswerRow[] {
  const weights = request.weights;
  const text = (w: typeof DEFAULT_WEIGHTS) => FACTORS.map((f) => `${FACTOR_LABELS[f]} ${formatFactor(w[f])}`).join("、");
  return [
    { question: "权重", answer: weights ? `自定义：${text(weights)}` : `默认：${text(DEFAULT_WEIGHTS)}` },
    { question: "附加特征", answer: formatExtraFeatures(request.extraFeatures ?? {}) },
  ];
}

export function answerGroups(request: EvaluateRequest): AnswerGroup[] {
  return [
    { title: "场景", rows: scenarioRows(request) },
    { title: "裁剪因子", rows: factorRows(request) },
    { title: "权重与附加特征", rows: weightRows(request) },
  ];
}
