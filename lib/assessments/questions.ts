/**
 * The questionnaire's Chinese text in one place: steps, labels, help, and how an answer is shown
 * (review step, version comparison). Components read from here; nothing here renders.
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
  KYLIN_SERVICE_PACK_ASSUMPTION,
  KYLIN_SERVICE_PACK_LABELS,
  SM_NONE_ALLOWED,
  TARGET_OS_LABELS,
  TIER_LABELS,
  WORKLOAD_LABELS,
  type Factor,
} from "@/lib/domain/catalog";
import { servicePackApplies } from "@/lib/domain/applicability";
import { ROOT_NODE_TABLE } from "@/lib/decision/root";
import type { DraftAnswers } from "@/lib/validations/assessment";
import { continuityText, formatDependencies, formatFactor, formatYesNo } from "./format";
import { zh } from "@/lib/domain/zh";

export const STEPS = [
  { id: "scenario", title: "系统与场景", intro: "先说明要建设或迁移的是什么系统、用在什么行业。" },
  { id: "environment", title: "目标环境", intro: "目标机器上的操作系统、数据库、CPU 与国密要求，决定信创适配度。" },
  { id: "team", title: "Go 团队", intro: "团队实际交付过多少 Go 服务，决定 Go 熟练度。" },
  { id: "legacy", title: "存量系统", intro: "存量系统依赖越少，越容易裁剪迁移（系统独立性，即耦合度倒数越高）。" },
  { id: "deployment", title: "部署与连续性", intro: "部署在哪一层、要多强的一致性、业务多关键。" },
  { id: "review", title: "确认并提交", intro: "核对答案与推导出的因子值，提交后生成评估结果。" },
] as const;
export type StepId = (typeof STEPS)[number]["id"];

/** Top-level answer fields, in question order, with the step that asks them. */
export const FIELD_STEPS = {
  systemName: "scenario",
  industry: "scenario",
  workload: "scenario",
  crossBorder: "scenario",
  district: "scenario",
  os: "environment",
  kylinServicePack: "environment",
  database: "environment",
  cpu: "environment",
  smRequired: "environment",
  crypto: "environment",
  cgo: "environment",
  goVersion: "environment",
  servicesLast6m: "team",
  team: "team",
  dependencies: "legacy",
  density: "deployment",
  consistency: "deployment",
  memoryLimitMb: "deployment",
  tier: "deployment",
} as const satisfies Partial<Record<keyof DraftAnswers, StepId>>;
export type QuestionField = keyof typeof FIELD_STEPS;
export const QUESTION_FIELDS = Object.keys(FIELD_STEPS) as QuestionField[];

/** Where each factor's facts (or expert value) are asked. */
export const FACTOR_STEPS: Record<Factor, StepId> = {
  xinchuang: "environment",
  goProficiency: "team",
  couplingInverse: "legacy",
};

/** The step holding a field path such as `dependencies.0.count` or `factors.xinchuang`. */
export function stepOfPath(path: string): StepId {
  const [head, second] = path.split(".");
  if ((head === "factors" || head === "expert") && second && second in FACTOR_STEPS) return FACTOR_STEPS[second as Factor];
  return (FIELD_STEPS as Record<string, StepId>)[head ?? ""] ?? "scenario";
}

/** A path a step validates: one of its questions, or its factor's expert switch and value. */
type StepFieldPath = QuestionField | `expert.${Factor}` | `factors.${Factor}`;

/** The field paths a step checks before 下一步, derived from FIELD_STEPS and FACTOR_STEPS. */
export function stepFields(step: StepId): StepFieldPath[] {
  const questions = QUESTION_FIELDS.filter((field) => FIELD_STEPS[field] === step);
  const factors = FACTORS.filter((factor) => FACTOR_STEPS[factor] === step);
  return [...questions, ...factors.flatMap((factor) => [`expert.${factor}`, `factors.${factor}`] as const)];
}

export const STEP_INDEX: Record<StepId, number> = Object.fromEntries(STEPS.map((s, i) => [s.id, i])) as Record<StepId, number>;

/** Field paths ordered as the questionnaire shows them, for "focus the first error". */
export function questionOrder(path: string): number {
  const step = STEP_INDEX[stepOfPath(path)];
  const head = path.split(".")[0] ?? "";
  const within = head === "expert" || head === "factors" ? 50 : QUESTION_FIELDS.indexOf(head as QuestionField);
  return step * 1000 + Math.max(0, within) * 10 + (path.split(".").length - 1);
}

export interface QuestionText {
  label: string;
  help: string;
}

export const QUESTIONS: Record<QuestionField, QuestionText> = {
  systemName: { label: "系统名称", help: "例如“滨海新区银行开放 API 网关”；用作结果页和报告的标题。" },
  industry: { label: "所属行业", help: `金融、政务系统应支持国密（SM2/SM3/SM4），会直接询问国密方式；${SM_NONE_ALLOWED}。` },
  district: {
    label: "所在区（选填）",
    help: "只用于与同区调研企业对比，从不参与决策：行政区划与采购周期强相关却无因果，是历史反例中的伪相关变量（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4）。",
  },
  workload: { label: "业务形态", help: "系统主要做什么；它决定五类架构中的哪一类（《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章）。" },
  crossBorder: { label: "是否有跨境链路", help: "如跨境支付、海外仓或境外合作方接口；有跨境链路时给出协议选择建议。" },
  os: { label: "目标操作系统", help: "生产环境的操作系统。CentOS 7 等非信创系统会显著拉低信创适配度。" },
  kylinServicePack: {
    label: "银河麒麟 V10 服务包",
    help: `见目标机器的 /etc/.productinfo；兼容性检查脚本按所选服务包检查。${KYLIN_SERVICE_PACK_ASSUMPTION}。`,
  },
  database: { label: "数据库", help: "系统的主数据库。嵌入式 SQLite 或不用数据库时只看操作系统。" },
  cpu: { label: "CPU 系列", help: "飞腾、鲲鹏为 ARM64，构建时 GOOS=linux GOARCH=arm64。" },
  smRequired: { label: "是否需要国密算法（SM2/SM3/SM4）", help: "需要通过密评、或对接方要求国密传输与签名时选“是”。" },
  crypto: {
    label: "国密要求",
    help: `滨海新区金融客户要求 TLS 1.3 + SM2/SM4 双模（《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章）；政务系统要求密评 SM2/SM3/SM4 全链路。${SM_NONE_ALLOWED}。`,
  },
  cgo: { label: "是否启用 CGO（CGO_ENABLED=1）", help: "调用 C 实现的国密库或数据库驱动时需要；Go ≥ 1.22 + CGO 会提示调度器饥饿风险。" },
  goVersion: { label: "计划使用的 Go 版本", help: "低于所选架构类型的最低 Go 版本时会给出警告。" },
  servicesLast6m: {
    label: "近半年上线的 Go 服务数",
    help: "团队最近六个月交付到生产环境的 Go 服务个数；这是熟练度最好的证据（3 个 → 0.86，《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2）。",
  },
  team: { label: "Go 团队构成（人数）", help: "资深多于初级时熟练度略升，反之略降（最多 ±0.05）。" },
  dependencies: {
    label: "存量系统的外部依赖",
    help: "逐类填写存量系统调用或共享的依赖及数量（新增一行默认为“内部 HTTP 接口 × 1”，请按实际修改）；没有依赖就不添加。仅调用 2 个内部 HTTP 接口 → 0.78（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2）。",
  },
  density: { label: "部署密度", help: "系统部署在哪一层；它决定七种技术栈组合中的哪一种（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.3）。" },
  consistency: { label: "数据一致性要求", help: "账务、交易需要强一致；统计、同步类数据通常可最终一致。" },
  memoryLimitMb: { label: "单个服务内存上限（MB）", help: "天津 IoT 边缘节点要求 ≤ 45 MB，且禁用 net/http/pprof（《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章）。" },
  tier: { label: "业务连续性等级", help: "等级决定 RTO/RPO 上限与数据同步方式（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1）。" },
};

/** Shown instead of the 是否需要国密 question for finance and government (the SM mode is asked directly). */
export function smMandatedNote(industryLabel: string): string {
  return `${industryLabel}系统应支持国密，请选择国密方式；${SM_NONE_ALLOWED}。`;
}

export const TEAM_LEVEL_LABELS = { junior: "初级", mid: "中级", senior: "资深 / 架构师" } as const;

export const EXPERT_TEXT = {
  toggle: (factor: Factor) => zh`我已知道${FACTOR_LABELS[factor]}的取值（专家模式）`,
  value: (factor: Factor) => `${FACTOR_LABELS[factor]}（0–1）`,
  help: "直接填写 0–1 之间的值，代替由事实推导；结果中会标明该因子为直接给出。",
} as const;

export const NOT_ANSWERED = "（未填写）";

/** An answer as text, for the review step and the version comparison. */
export function displayAnswer(field: QuestionField, answers: DraftAnswers): string {
  const a = answers;
  switch (field) {
    case "systemName":
      return a.systemName || NOT_ANSWERED;
    case "industry":
      return a.industry ? INDUSTRY_LABELS[a.industry] : NOT_ANSWERED;
    case "district":
      return a.district ? DISTRICT_LABELS[a.district] : NOT_ANSWERED;
    case "workload":
      return a.workload ? WORKLOAD_LABELS[a.workload] : NOT_ANSWERED;
    case "crossBorder":
    case "cgo":
    case "smRequired":
      return a[field] === undefined ? NOT_ANSWERED : formatYesNo(a[field]);
    case "os":
      return a.os ? TARGET_OS_LABELS[a.os] : NOT_ANSWERED;
    case "kylinServicePack":
      if (a.kylinServicePack) return `V10 ${KYLIN_SERVICE_PACK_LABELS[a.kylinServicePack]}`;
      return servicePackApplies(a) ? KYLIN_SERVICE_PACK_ASSUMPTION : NOT_ANSWERED;
    case "database":
      return a.database ? DATABASE_LABELS[a.database] : NOT_ANSWERED;
    case "cpu":
      return a.cpu ? CPU_FAMILY_LABELS[a.cpu] : NOT_ANSWERED;
    case "crypto":
      return a.crypto ? CRYPTO_MODE_LABELS[a.crypto] : NOT_ANSWERED;
    case "goVersion":
      return a.goVersion ? `Go ${a.goVersion}` : NOT_ANSWERED;
    case "servicesLast6m":
      return a.servicesLast6m === undefined ? NOT_ANSWERED : `${a.servicesLast6m} 个`;
    case "team":
      return a.team
        ? (["junior", "mid", "senior"] as const).map((l) => `${TEAM_LEVEL_LABELS[l]} ${a.team?.[l] ?? "?"}`).join(" / ")
        : NOT_ANSWERED;
    case "dependencies":
      if (a.dependencies === undefined) return NOT_ANSWERED;
      return a.dependencies.length === 0 ? "无外部依赖" : formatDependencies(a.dependencies);
    case "density":
      return a.density ? DENSITY_LABELS[a.density] : NOT_ANSWERED;
    case "consistency":
      return a.consistency ? CONSISTENCY_LABELS[a.consistency] : NOT_ANSWERED;
    case "memoryLimitMb":
      return a.memoryLimitMb === undefined ? NOT_ANSWERED : `${a.memoryLimitMb} MB`;
    case "tier":
      return a.tier ? `${TIER_LABELS[a.tier]}（${continuityText(ROOT_NODE_TABLE[a.tier])}）` : NOT_ANSWERED;
  }
}

/** How a factor is given: derived from facts, or entered directly with its value. */
export function displayFactorSource(factor: Factor, answers: DraftAnswers): string {
  if (answers.expert?.[factor] !== true) return "由事实推导";
  const value = answers.factors?.[factor];
  return `专家模式：直接填写 ${value === undefined ? "?" : formatFactor(value)}`;
}
