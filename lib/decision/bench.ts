/**
 * Bench-friendly entry points: a fixed, representative request and a loop that defeats
 * dead-code elimination. `scripts/bench` (the lead's) and the tests call these.
 */
import type { EvaluateRequest } from "@/lib/validations/evaluate";
import type { ReferenceData } from "@/lib/validations/reference";
import { evaluate } from "./evaluate";

/** seed 001 §4.2 worked example as a request: 0.92 / 0.86 / 0.78, a Binhai bank gateway. */
export const BENCH_REQUEST_FACTORS: EvaluateRequest = {
  tier: "critical",
  factors: { xinchuang: 0.92, goProficiency: 0.86, couplingInverse: 0.78 },
  scenario: { industry: "finance", workload: "api-gateway", density: "central-cloud", consistency: "strong", crypto: "sm-tls13", district: "binhai" },
};

/** The same case derived from facts, exercising the normalizers. */
export const BENCH_REQUEST_FACTS: EvaluateRequest = {
  tier: "critical",
  facts: {
    xinchuang: { os: "kylin-v10", database: "dm8", cpu: "phytium" },
    goProficiency: { servicesLast6m: 3 },
    couplingInverse: { dependencies: [{ kind: "internal-http", count: 2 }] },
  },
  scenario: { industry: "government", workload: "form-workflow", density: "edge-node", consistency: "strong", cgo: true, goVersion: "1.22" },
};

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
