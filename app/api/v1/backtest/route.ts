import { getSurveySnapshot } from "@/lib/data/survey-snapshot";
import { db } from "@/lib/db";
import { apiRoute, json, methodNotAllowed, readQuery } from "@/lib/http/route";
import { backtestPageSchema, pageOf } from "@/lib/validations/page";

export const dynamic = "force-dynamic";

/** GET /api/v1/backtest?page=&pageSize= — today's rules over the stored survey: a page of counter-examples, the totals and tree quality. */
export const GET = apiRoute(async (request: Request) => {
  const { page, pageSize } = readQuery(request, backtestPageSchema);
  const { backtest, quality } = await getSurveySnapshot(db);
  return json({ backtest: { ...backtest, ...pageOf(backtest.rows, page, pageSize) }, quality });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
