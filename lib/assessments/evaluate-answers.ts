/**
 * Evaluates complete answers with the decision engine. The mapped request is checked against the
 * engine's own request schema first, so a mismatch between questionnaire and engine surfaces as
 * field errors rather than as a broken result. Throws the engine's DecisionInputError as is.
 */
import { evaluate } from "@/lib/decision/evaluate";
import type { Answers } from "@/lib/validations/assessment";
import { evaluateRequestSchema, type EvaluateResponse } from "@/lib/validations/evaluate";
import type { ReferenceData } from "@/lib/validations/reference";
import type { z } from "zod";
import { toEvaluateRequest } from "./to-evaluate-request";

export type AnswersEvaluation = { ok: true; result: EvaluateResponse } | { ok: false; error: z.ZodError };

export function evaluateAnswers(answers: Answers, reference: ReferenceData): AnswersEvaluation {
  const parsed = evaluateRequestSchema.safeParse(toEvaluateRequest(answers));
  if (!parsed.success) return { ok: false, error: parsed.error };
  return { ok: true, result: evaluate(parsed.data, reference) };
}
