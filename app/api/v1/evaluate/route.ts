import { evaluate } from "@/lib/decision";
import { getDecisionReference } from "@/lib/data/decision-reference";
import { apiRoute, json, readJson } from "@/lib/http/route";
import { toHttpProblem } from "@/lib/http/decision-errors";
import { evaluateRequestSchema } from "@/lib/validations/evaluate";

export const dynamic = "force-dynamic";

/** POST /api/v1/evaluate — runs the decision tree on the request (no state is stored). */
export const POST = apiRoute(async (request) => {
  const input = await readJson(request, evaluateRequestSchema);
  const reference = await getDecisionReference();
  try {
    return json(evaluate(input, reference));
  } catch (error) {
    throw toHttpProblem(error);
  }
});
