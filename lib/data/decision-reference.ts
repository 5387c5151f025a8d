/**
 * The reference data the decision engine is handed. Profiles, combinations and knowledge cards are
 * product data, upserted only by the seed: read once per process. What the survey holds per
 * architecture type changes with every import, so it is re-read (one grouped query) whenever the
 * survey revision differs from the one it was read at — one primary-key read per evaluation, and
 * every instance follows another's import at once (docs: README "Performance").
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import { readSurveyRevision } from "@/lib/db/survey-revision";
import type { ArchitectureType, Industry } from "@/lib/domain/catalog";
import { surveyIndustriesFromCounts } from "@/lib/survey/industries";
import {
  architecturesFileSchema,
  combinationsFileSchema,
  knowledgeCardsFileSchema,
  type ReferenceData,
  type SurveyIndustries,
} from "@/lib/validations/reference";

type ProductData = Omit<ReferenceData, "survey">;

interface Cache {
  product: Promise<ProductData>;
  survey?: Promise<SurveyIndustries>;
}

/** One cache per client: the app has one; tests hand in one per database. */
const cached = new WeakMap<Db, Cache>();

async function loadProduct(db: Db): Promise<ProductData> {
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

/** Enterprises per (architecture type, industry), counted by the database. */
export async function readSurveyIndustries(db: Db, revision: number): Promise<SurveyIndustries> {
  const groups = await db.enterprise.groupBy({ by: ["architectureTypeId", "industry"], _count: { _all: true } });
  return surveyIndustriesFromCounts(
    groups.map((g) => ({
      // Stored values are checked against the catalog on every write (seed, import).
      architectureType: g.architectureTypeId as ArchitectureType,
      industry: g.industry as Industry,
      count: g._count._all,
    })),
    revision,
  );
}

/** Forget a failed load so the next request tries again. */
function retrying<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  return promise.catch((error: unknown) => {
    forget();
    throw error;
  });
}

export async function getDecisionReference(db: Db): Promise<ReferenceData> {
  let entry = cached.get(db);
  if (!entry) {
    const fresh: Cache = { product: retrying(loadProduct(db), () => cached.delete(db)) };
    cached.set(db, (entry = fresh));
  }
  const [product, revision] = await Promise.all([entry.product, readSurveyRevision(db)]);
  let survey = entry.survey;
  if (survey === undefined || (await survey).revision !== revision) {
    const current = entry;
    survey = current.survey = retrying(readSurveyIndustries(db, revision), () => {
      if (current.survey === survey) current.survey = undefined;
    });
  }
  return { ...product, survey: await survey };
}
