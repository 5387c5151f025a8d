/**
 * Reads of survey data for pages and route handlers: thin, cached per request, returning canonical
 * records that lib/ functions compute on.
 */
import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/db/client";
import { rowToRecord } from "@/lib/db/enterprise-rows";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import type { SurveySummary } from "@/lib/survey/schemas";
import { NATIONAL_AVERAGE_KEY, buildSurveySummary } from "@/lib/survey/summary";

export const getEnterprises = cache(async (db: Db): Promise<EnterpriseRecord[]> => {
  const rows = await db.enterprise.findMany({ orderBy: { code: "asc" } });
  return rows.map(rowToRecord);
});

export const getReferenceFigure = cache(async (db: Db, key: string) => db.referenceFigure.findUnique({ where: { key } }));

/** The insights summary (page and GET /api/v1/survey/summary): records + the national average. */
export const getSurveySummary = cache(async (db: Db): Promise<SurveySummary> => {
  const [records, national] = await Promise.all([getEnterprises(db), getReferenceFigure(db, NATIONAL_AVERAGE_KEY)]);
  return buildSurveySummary(records, national);
});
