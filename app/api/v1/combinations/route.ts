import { getSurveySnapshot } from "@/lib/data/survey-snapshot";
import { db } from "@/lib/db";
import { apiRoute, json, methodNotAllowed } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/v1/combinations — the seven stack combinations and their density × consistency matrix. */
export const GET = apiRoute(async () => json((await getSurveySnapshot(db)).combinations));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
