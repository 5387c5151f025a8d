import { describe, expect, it } from "vitest";
import { BENCH_REQUEST_FACTORS, BENCH_REQUEST_FACTS } from "@/tests/support/evaluate-requests";
import { benchEvaluate } from "./evaluate-loop";
import { loadReference } from "@/tests/support/reference-data";

/**
 * A smoke check, not the benchmark: the target (≥ 500k evaluations/s on one core) is measured by
 * the bench script; under a test runner on a shared machine we only guard against regressions
 * by an order of magnitude.
 */
describe("benchEvaluate", () => {
  const reference = loadReference();

  it.each([
    ["factors", BENCH_REQUEST_FACTORS],
    ["facts", BENCH_REQUEST_FACTS],
  ] as const)("evaluates requests with %s fast", (_, request) => {
    benchEvaluate(reference, 20_000, request); // warm-up
    const result = benchEvaluate(reference, 100_000, request);
    expect(result.checksum).toBeCloseTo(0.864 * 100_000, 3);
    expect(result.perSecond).toBeGreaterThan(50_000);
  });
});
