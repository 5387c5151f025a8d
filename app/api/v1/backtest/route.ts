import { backtest, checkTreeQuality } from "@/lib/decision";
import { getEnterprises } from "@/lib/data/survey";
import { db } from "@/lib/db";
import { apiRoute, json, methodNotAllowed } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/v1/backtest — today's rules over the stored survey: counter-examples and tree quality. */
export const GET = apiRoute(async () => {
  const records = await getEnterprises(db);
  return json({ backtest: backtest(records), quality: checkTreeQuality(records) });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
