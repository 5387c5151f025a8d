/**
 * Resolves the three pruning factors of a request: each is either given directly or derived from
 * facts by its normalizer (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2), never both. Normalizer steps go into the trace.
 */
import { FACTOR_LABELS, type Factor } from "@/lib/domain/catalog";
import type { EvaluateRequest, FactorSource } from "@/lib/validations/evaluate";
import type { TraceStep, Warning } from "@/lib/domain/decision-codes";
import { DecisionInputError } from "./errors";
import { COUPLING_INVERSE_RULE, normalizeCouplingInverse } from "./normalizers/coupling-inverse";
import { GO_PROFICIENCY_RULE, normalizeGoProficiency } from "./normalizers/go-proficiency";
import { normalizeXinchuang, XINCHUANG_RULE } from "./normalizers/xinchuang";
import type { FactorValues } from "@/lib/domain/thresholds";

export interface ResolvedFactors {
  values: FactorValues;
  sources: Record<Factor, FactorSource>;
}

const SEED = "《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2";

/** Title and rule of each normalizer step, gathered once (the trace repeats them on every evaluation). */
const NORMALIZER_INFO = Object.freeze({
  xinchuang: { title: `换算：${FACTOR_LABELS.xinchuang}`, rule: XINCHUANG_RULE },
  goProficiency: { title: `换算：${FACTOR_LABELS.goProficiency}`, rule: GO_PROFICIENCY_RULE },
  couplingInverse: { title: `换算：${FACTOR_LABELS.couplingInverse}`, rule: COUPLING_INVERSE_RULE },
});

function normalizerStep(factor: Factor, inputs: TraceStep["inputs"], outputs: TraceStep["outputs"]): TraceStep {
  const info = NORMALIZER_INFO[factor];
  return { node: "normalizer", title: info.title, rule: info.rule, inputs, outputs, seedSection: SEED };
}

function derive(factor: Factor, request: EvaluateRequest, trace: TraceStep[], warnings: Warning[]): number {
  const facts = request.facts;
  if (factor === "xinchuang" && facts?.xinchuang) {
    const input = facts.xinchuang.crypto === undefined && request.scenario.crypto !== undefined
      ? { ...facts.xinchuang, crypto: request.scenario.crypto } // the questionnaire asks crypto once
      : facts.xinchuang;
    const result = normalizeXinchuang(input);
    if (!result.cpuAssessed) {
      warnings.push({ code: "CPU_NOT_ASSESSED", message: "未提供 CPU，信创适配度只反映操作系统、数据库与国密要求" });
    }
    trace.push(normalizerStep(factor, input, result));
    return result.value;
  }
  if (factor === "goProficiency" && facts?.goProficiency) {
    const result = normalizeGoProficiency(facts.goProficiency);
    trace.push(normalizerStep(factor, facts.goProficiency, result));
    return result.value;
  }
  if (factor === "couplingInverse" && facts?.couplingInverse) {
    const result = normalizeCouplingInverse(facts.couplingInverse.dependencies);
    trace.push(normalizerStep(factor, facts.couplingInverse, result));
    return result.value;
  }
  throw new DecisionInputError("MISSING_FACTOR", `请填写${FACTOR_LABELS[factor]}（0–1），或在 facts.${factor} 中提供事实`, ["factors", factor]);
}

function resolveOne(factor: Factor, request: EvaluateRequest, trace: TraceStep[], warnings: Warning[]) {
  const given = request.factors?.[factor];
  if (given === undefined) return { value: derive(factor, request, trace, warnings), source: "facts" as const };
  if (request.facts?.[factor] !== undefined) {
    throw new DecisionInputError("INVALID_FACTS", `${FACTOR_LABELS[factor]}不能同时直接给出又由事实推导`, ["factors", factor]);
  }
  return { value: given, source: "given" as const };
}

export function resolveFactors(request: EvaluateRequest, trace: TraceStep[], warnings: Warning[]): ResolvedFactors {
  const x = resolveOne("xinchuang", request, trace, warnings);
  const g = resolveOne("goProficiency", request, trace, warnings);
  const c = resolveOne("couplingInverse", request, trace, warnings);
  return {
    values: { xinchuang: x.value, goProficiency: g.value, couplingInverse: c.value },
    sources: { xinchuang: x.source, goProficiency: g.source, couplingInverse: c.source },
  };
}

