/**
 * Reads of survey data for pages and route handlers (next-learn's data.ts): thin, cached per
 * request, returning canonical records that lib/ functions compute on.
 */
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { rowToRecord } from "@/lib/db/enterprise-rows";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";

export const getEnterprises = cache(async (): Promise<EnterpriseRecord[]> => {
  const rows = await db.enterprise.findMany({ orderBy: { code: "asc" } });
  return rows.map(rowToRecord);
});

export const getReferenceFigure = cache(async (key: string) => db.referenceFigure.findUnique({ where: { key } }));
