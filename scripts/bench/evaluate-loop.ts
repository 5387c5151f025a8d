/**
 * The in-process evaluate benchmark: a loop whose checksum defeats dead-code elimination.
 * `npm run bench -- decision` runs it; its test guards against order-of-magnitude regressions.
 */
import { evaluate } from "@/lib/decision/evaluate";
import type { EvaluateRequest } from "@/lib/validations/evaluate";
import type { ReferenceData } from "@/lib/validations/reference";
import { BENCH_REQUEST_FACTORS } from "@/tests/support/evaluate-requests";

export interface BenchResult {
  iterations: number;
  elapsedMs: number;
  perSecond: number;
  /** Sum of scores, returned so the work cannot be optimised away. */
  checksum: number;
}

/** Runs `evaluate` `iterations` times on `request` and reports the throughput. */
export function benchEvaluate(
  reference: ReferenceData,
  iterations = 100_000,
  request: EvaluateRequest = BENCH_REQUEST_FACTORS,
): BenchResult {
  let checksum = 0;
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) checksum += evaluate(request, reference).pruning.score;
  const elapsedMs = performance.now() - start;
  return { iterations, elapsedMs, perSecond: Math.round((iterations / elapsedMs) * 1000), checksum };
}
