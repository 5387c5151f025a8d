/**
 * Questionnaire answers → the engine's request (lib/validations/evaluate.ts). The questionnaire
 * asks facts; each factor goes to `facts` (derived by the normalizers, 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2) unless the
 * architect entered it directly in expert mode, then to `factors`. District goes along for the
 * record only: the engine never decides on it (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4).
 */
import { FACTORS, type CryptoMode } from "@/lib/domain/catalog";
import type { Answers, DraftAnswers } from "@/lib/validations/assessment";
import type { EvaluateRequest } from "@/lib/validations/evaluate";
import { applicableAnswers, cryptoModeApplies, isExpert } from "@/lib/domain/applicability";

/** The crypto requirement the answers imply: the chosen mode, or none when SM does not apply. */
export function cryptoOf(answers: Pick<DraftAnswers, "industry" | "smRequired" | "crypto">): CryptoMode | undefined {
  if (cryptoModeApplies(answers)) return answers.crypto;
  return answers.smRequired === false ? "none" : undefined;
}

export function toEvaluateRequest(complete: Answers): EvaluateRequest {
  const a = applicableAnswers(complete);
  const factors: NonNullable<EvaluateRequest["factors"]> = {};
  const facts: NonNullable<EvaluateRequest["facts"]> = {};
  for (const factor of FACTORS) {
    if (isExpert(a, factor)) factors[factor] = a.factors?.[factor];
  }
  if (!isExpert(a, "xinchuang") && a.os !== undefined && a.database !== undefined) {
    facts.xinchuang = { os: a.os, database: a.database, ...(a.cpu === undefined ? {} : { cpu: a.cpu }) };
  }
  if (!isExpert(a, "goProficiency") && a.servicesLast6m !== undefined) {
    facts.goProficiency = { servicesLast6m: a.servicesLast6m, ...(a.team === undefined ? {} : { levels: a.team }) };
  }
  if (!isExpert(a, "couplingInverse") && a.dependencies !== undefined) {
    facts.couplingInverse = { dependencies: a.dependencies };
  }
  const crypto = cryptoOf(a);
  return {
    tier: a.tier,
    ...(Object.keys(factors).length > 0 ? { factors } : {}),
    ...(Object.keys(facts).length > 0 ? { facts } : {}),
    scenario: {
      industry: a.industry,
      workload: a.workload,
      density: a.density,
      consistency: a.consistency,
      ...(a.district === undefined ? {} : { district: a.district }),
      crossBorder: a.crossBorder,
      cgo: a.cgo,
      goVersion: a.goVersion,
      ...(a.memoryLimitMb === undefined ? {} : { memoryLimitMb: a.memoryLimitMb }),
      ...(crypto === undefined ? {} : { crypto }),
    },
    // The system's own modules, scanned when the go.mod was pasted: a decision-path step of its own.
    ...(a.gomod === undefined ? {} : { gomodScan: a.gomod.scan }),
  };
}
