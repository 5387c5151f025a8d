import { getSurveySnapshot } from "@/lib/data/survey-snapshot";
import { db } from "@/lib/db";
import { apiRoute, json, methodNotAllowed } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/v1/architectures — the five profiles with their survey usage and outcomes. */
export const GET = apiRoute(async () => json({ items: (await getSurveySnapshot(db)).architectures }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
