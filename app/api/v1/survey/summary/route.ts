import { getSurveySummary } from "@/lib/data/survey";
import { db } from "@/lib/db";
import { apiRoute, json, methodNotAllowed } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/v1/survey/summary — the insights' aggregates, each with numerator, denominator, percent. */
export const GET = apiRoute(async () => json(await getSurveySummary(db)));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
