import { evaluate } from "@/lib/decision";
import { getDecisionReference } from "@/lib/data/decision-reference";
import { db } from "@/lib/db";
import { apiRoute, json, readJson, methodNotAllowed } from "@/lib/http/route";
import { evaluateRequestSchema } from "@/lib/validations/evaluate";

export const dynamic = "force-dynamic";

/** POST /api/v1/evaluate — runs the decision tree on the request (no state is stored). */
export const POST = apiRoute(async (request) => {
  const input = await readJson(request, evaluateRequestSchema);
  return json(evaluate(input, await getDecisionReference(db)));
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("POST");
