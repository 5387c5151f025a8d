import { getSurveySnapshot } from "@/lib/data/survey-snapshot";
import { db } from "@/lib/db";
import { apiRoute, json, methodNotAllowed } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/v1/survey/summary — the insights' aggregates, each with numerator, denominator, percent (kept per survey revision). */
export const GET = apiRoute(async () => json((await getSurveySnapshot(db)).summary));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
