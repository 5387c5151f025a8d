/**
 * Which questions apply to a set of answers. The questionnaire hides a question that does not
 * apply, the schema only requires questions that apply, and `applicableAnswers` drops the answers
 * to hidden questions before anything is saved or evaluated: what the architect sees is what is
 * stored.
 */
import type { Density, Factor, Industry, TargetOs } from "@/lib/domain/catalog";

/** The slice of answers these rules read; every field may be missing in a draft. */
export interface ApplicabilityInput {
  industry?: Industry;
  density?: Density;
  smRequired?: boolean;
  os?: TargetOs;
  expert?: Partial<Record<Factor, boolean>>;
}

/** Finance must offer TLS 1.3 + SM2/SM4 (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §1), government must pass 密评 (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.3). */
const SM_MANDATED: ReadonlySet<Industry> = new Set<Industry>(["finance", "government"]);

/** Edge nodes and devices run under a memory ceiling (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1: IoT edge ≤ 45 MB). */
const MEMORY_BOUND: ReadonlySet<Density> = new Set<Density>(["edge-node", "device"]);

/** Industries with a mandate are asked the SM mode directly; the others first whether SM applies. */
export function smMandated(answers: ApplicabilityInput): boolean {
  return answers.industry !== undefined && SM_MANDATED.has(answers.industry);
}

export function smQuestionApplies(answers: ApplicabilityInput): boolean {
  return !smMandated(answers);
}

export function cryptoModeApplies(answers: ApplicabilityInput): boolean {
  return smMandated(answers) || answers.smRequired === true;
}

/** Kylin V10 only: which service pack (SP1–SP3) the check script targets; unanswered means SP3. */
export function servicePackApplies(answers: ApplicabilityInput): boolean {
  return answers.os === "kylin-v10" && !isExpert(answers, "xinchuang");
}

export function memoryLimitApplies(answers: ApplicabilityInput): boolean {
  return answers.density !== undefined && MEMORY_BOUND.has(answers.density);
}

/** Expert mode: the factor is entered as a number instead of derived from facts. */
export function isExpert(answers: ApplicabilityInput, factor: Factor): boolean {
  return answers.expert?.[factor] === true;
}

type Prunable = ApplicabilityInput & {
  smRequired?: boolean;
  crypto?: unknown;
  memoryLimitMb?: unknown;
  kylinServicePack?: unknown;
  database?: unknown;
  cpu?: unknown;
  servicesLast6m?: unknown;
  team?: unknown;
  dependencies?: unknown;
  factors?: Partial<Record<Factor, unknown>>;
};

/** Facts each factor is derived from (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2 normalizers). */
export const FACT_FIELDS = {
  xinchuang: ["os", "database", "cpu"],
  goProficiency: ["servicesLast6m", "team"],
  couplingInverse: ["dependencies"],
} as const satisfies Record<Factor, readonly (keyof Prunable)[]>;

/** A copy without the answers to questions that do not apply (hidden in the questionnaire). */
export function applicableAnswers<T extends Prunable>(answers: T): T {
  const out: Prunable = { ...answers };
  if (!smQuestionApplies(answers)) delete out.smRequired;
  if (!cryptoModeApplies(answers)) delete out.crypto;
  if (!memoryLimitApplies(answers)) delete out.memoryLimitMb;
  if (!servicePackApplies(answers)) delete out.kylinServicePack;
  const factors: Partial<Record<Factor, unknown>> = {};
  for (const factor of ["xinchuang", "goProficiency", "couplingInverse"] as const) {
    if (isExpert(answers, factor)) {
      for (const field of FACT_FIELDS[factor]) delete out[field];
      if (answers.factors?.[factor] !== undefined) factors[factor] = answers.factors[factor];
    }
  }
  if (Object.keys(factors).length > 0) out.factors = factors;
  else delete out.factors;
  return out as T;
}

/** Whether a top-level question is shown for these answers. */
export function questionApplies(field: string, answers: ApplicabilityInput): boolean {
  if (field === "smRequired") return smQuestionApplies(answers);
  if (field === "crypto") return cryptoModeApplies(answers);
  if (field === "memoryLimitMb") return memoryLimitApplies(answers);
  if (field === "kylinServicePack") return servicePackApplies(answers);
  for (const factor of ["xinchuang", "goProficiency", "couplingInverse"] as const) {
    if ((FACT_FIELDS[factor] as readonly string[]).includes(field)) return !isExpert(answers, factor);
  }
  return true;
}
