/**
 * The reference data the decision engine is handed (profiles, combinations, knowledge cards),
 * read from the database once per process: it is product data, upserted only by the seed, and
 * evaluation is a hot path (docs: README "Performance").
 */
import "server-only";
import { db } from "@/lib/db";
import {
  architecturesFileSchema,
  combinationsFileSchema,
  knowledgeCardsFileSchema,
  type ReferenceData,
} from "@/lib/validations/reference";

let cached: Promise<ReferenceData> | undefined;

async function load(): Promise<ReferenceData> {
  const [architectures, combinations, knowledgeCards] = await Promise.all([
    db.architectureProfile.findMany({ orderBy: { id: "asc" } }),
    db.stackCombination.findMany({ orderBy: { id: "asc" } }),
    db.knowledgeCard.findMany({ orderBy: { id: "asc" } }),
  ]);
  // JSON columns come back untyped: parse them with the same schemas the seed validated.
  return {
    architectures: architecturesFileSchema.parse(architectures),
    combinations: combinationsFileSchema.parse(combinations),
    knowledgeCards: knowledgeCardsFileSchema.parse(knowledgeCards),
  };
}

export function getDecisionReference(): Promise<ReferenceData> {
  cached ??= load().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
