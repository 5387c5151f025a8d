/**
 * The survey's revision (table SurveyState): what every instance compares before it reuses
 * something it derived from the survey records. Imports and reverts bump it in their own
 * transaction (lib/survey-import), so another instance sees the new revision exactly when it can
 * see the new records.
 */
import type { Db } from "@/lib/db/client";

type Writer = Pick<Db, "surveyState">;

const ROW = 1;

/** The current revision; 0 on a database that has never been imported into. */
export async function readSurveyRevision(db: Db): Promise<number> {
  const row = await db.surveyState.findUnique({ where: { id: ROW }, select: { revision: true } });
  return row?.revision ?? 0;
}

/** Called inside the transaction that changes enterprise records. */
export async function bumpSurveyRevision(tx: Writer): Promise<number> {
  const row = await tx.surveyState.upsert({
    where: { id: ROW },
    create: { id: ROW, revision: 1 },
    update: { revision: { increment: 1 } },
    select: { revision: true },
  });
  return row.revision;
}
