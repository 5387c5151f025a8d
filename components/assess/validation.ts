/**
 * The questionnaire's validation, loaded after the page (a dynamic import): zod and the schemas
 * stay out of /assess's first-load JavaScript, and are ready long before the first 下一步.
 * Same schemas as the API (lib/validations/assessment.ts); answers to hidden questions are
 * dropped first, so only what is shown is validated or saved.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import { applicableAnswers } from "@/lib/domain/applicability";
import { stepOfPath, type StepId } from "@/lib/assessments/questions";
import { answersSchema, draftAnswersSchema, type DraftAnswers } from "@/lib/validations/assessment";

const schemaResolver = zodResolver(answersSchema);

/** @public — loaded with `import()` by the questionnaire, which static analysis cannot follow. */
export const resolveAnswers: Resolver<DraftAnswers> = (values, context, options) =>
  schemaResolver(applicableAnswers(values) as never, context, options as never) as never;

/** @public — see resolveAnswers. */
export function parseDraft(values: DraftAnswers) {
  return draftAnswersSchema.safeParse(applicableAnswers(values));
}

/** @public — steps with a missing or invalid answer. */
export function incompleteSteps(values: DraftAnswers): Set<StepId> {
  const result = answersSchema.safeParse(applicableAnswers(values));
  return new Set(result.success ? [] : result.error.issues.map((i) => stepOfPath(i.path.join("."))));
}
