/**
 * The reference data the decision engine is handed (profiles, combinations, knowledge cards),
 * read from the database once per process: it is product data, upserted only by the seed, and
 * evaluation is a hot path (docs: README "Performance").
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import {
  architecturesFileSchema,
  combinationsFileSchema,
  knowledgeCardsFileSchema,
  type ReferenceData,
} from "@/lib/validations/reference";

/** One load per client: the app has one; tests hand in one per database. */
const cached = new WeakMap<Db, Promise<ReferenceData>>();

async function load(db: Db): Promise<ReferenceData> {
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

export function getDecisionReference(db: Db): Promise<ReferenceData> {
  let reference = cached.get(db);
  if (!reference) {
    reference = load(db).catch((error: unknown) => {
      cached.delete(db);
      throw error;
    });
    cached.set(db, reference);
  }
  return reference;
}
