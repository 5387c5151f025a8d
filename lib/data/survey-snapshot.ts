/**
 * Everything the pages and the API derive from the whole survey — the summary and its headline
 * shares, the architecture and combination overviews, the backtest and the tree-quality report —
 * computed once per survey revision and instance, then served from memory. A request costs one
 * primary-key read (the revision); an import or revert on any instance bumps it, and the next
 * request here rebuilds. Reading the revision before the records means a snapshot is never older
 * than its label: at worst it is rebuilt once more.
 */
import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/db/client";
import { rowToRecord } from "@/lib/db/enterprise-rows";
import { readSurveyRevision } from "@/lib/db/survey-revision";
import { backtest, checkTreeQuality, type BacktestReport, type TreeQualityReport } from "@/lib/decision";
import { surveyHeadlines, type SurveyHeadlines } from "@/lib/survey/aggregates";
import { architectureOverview } from "@/lib/survey/architectures";
import { combinationMatrix, combinationOverview } from "@/lib/survey/combinations";
import type { ArchitectureOverview, CombinationMatrix, CombinationOverview, SurveySummary } from "@/lib/survey/schemas";
import { NATIONAL_AVERAGE_KEY, buildSurveySummary } from "@/lib/survey/summary";
import { getArchitectureProfiles, getStackCombinations } from "@/lib/data/reference";

export interface SurveySnapshot {
  revision: number;
  summary: SurveySummary;
  headlines: SurveyHeadlines;
  architectures: ArchitectureOverview[];
  combinations: { items: CombinationOverview[]; matrix: CombinationMatrix };
  backtest: BacktestReport;
  quality: TreeQualityReport;
}

async function build(db: Db, revision: number): Promise<SurveySnapshot> {
  const [rows, national, profiles, combinations] = await Promise.all([
    db.enterprise.findMany({ orderBy: { code: "asc" } }),
    db.referenceFigure.findUnique({ where: { key: NATIONAL_AVERAGE_KEY } }),
    getArchitectureProfiles(db),
    getStackCombinations(db),
  ]);
  const records = rows.map(rowToRecord);
  return {
    revision,
    summary: buildSurveySummary(records, national),
    headlines: surveyHeadlines(records),
    architectures: architectureOverview(profiles, combinations, records),
    combinations: { items: combinationOverview(combinations, records), matrix: combinationMatrix(combinations) },
    backtest: backtest(records),
    quality: checkTreeQuality(records),
  };
}

const snapshots = new WeakMap<Db, { revision: number; snapshot: Promise<SurveySnapshot> }>();

async function current(db: Db): Promise<SurveySnapshot> {
  const revision = await readSurveyRevision(db);
  let entry = snapshots.get(db);
  if (entry === undefined || entry.revision !== revision) {
    const fresh = { revision, snapshot: build(db, revision) };
    snapshots.set(db, (entry = fresh));
    fresh.snapshot.catch(() => {
      if (snapshots.get(db) === fresh) snapshots.delete(db);
    });
  }
  return entry.snapshot;
}

/** The snapshot for this request (read once per request, rebuilt once per revision). */
export const getSurveySnapshot = cache(current);
