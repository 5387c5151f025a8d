/** Maps the engine's expected failures to problem details; anything else is rethrown (→ 500, logged). */
import { DecisionInputError } from "@/lib/decision/errors";
import { HttpProblem } from "@/lib/http/problem";

export function toHttpProblem(error: unknown): unknown {
  if (error instanceof DecisionInputError) {
    return new HttpProblem(400, "请求参数无效", error.message, [{ path: error.path.join("."), message: error.message }], {
      code: error.code,
    });
  }
  return error;
}
