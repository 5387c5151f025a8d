import { describe, expect, it } from "vitest";
import { DecisionInputError } from "./errors";
import { assertWeights, evaluatePruning, pruningScore } from "./pruning";
import { meetsThreshold, thresholdDecision } from "./thresholds";
import { DEFAULT_WEIGHTS } from "@/lib/domain/thresholds";

const f = (xinchuang: number, goProficiency: number, couplingInverse: number) => ({ xinchuang, goProficiency, couplingInverse });

describe("pruningScore (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2)", () => {
  it("weighs 0.40 / 0.35 / 0.25 by default", () => {
    expect(pruningScore(f(0.92, 0.86, 0.78))).toBe(0.864);
    expect(pruningScore(f(1, 0, 0))).toBe(0.4);
    expect(pruningScore(f(0, 1, 0))).toBe(0.35);
    expect(pruningScore(f(0, 0, 1))).toBe(0.25);
  });

  it("uses overriding weights", () => {
    expect(pruningScore(f(0.5, 1, 0), { xinchuang: 0, goProficiency: 1, couplingInverse: 0 })).toBe(1);
  });

  it("stays within [0, 1] when weights sum to 1 + 1e-9", () => {
    expect(pruningScore(f(1, 1, 1), { xinchuang: 0.4 + 1e-9, goProficiency: 0.35, couplingInverse: 0.25 })).toBe(1);
  });
});

describe("decision thresholds (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2, inclusive)", () => {
  it.each([
    [f(0.69, 1, 1), "defer"],
    [f(0.7, 0.75, 0.6), "automated"],
    [f(0.7, 0.74, 0.6), "manual-review"],
    [f(0.7, 0.75, 0.59), "manual-review"],
    [f(0.92, 0.86, 0.78), "automated"],
    [f(0, 0, 0), "defer"],
    [f(1, 1, 1), "automated"],
  ] as const)("%j → %s", (factors, decision) => {
    expect(evaluatePruning(factors).decision).toBe(decision);
  });

  it("treats arithmetic noise within 1e-9 as the threshold itself", () => {
    const justBelow = 0.6999999999999999; // the double next to 0.70, as arithmetic can produce
    expect(justBelow).toBeLessThan(0.7);
    expect(thresholdDecision(justBelow, 0.75, 0.6)).toBe("automated");
    expect(thresholdDecision(0.7000000000000001, 0.75, 0.6)).toBe("automated");
    expect(thresholdDecision(0.69999999, 0.75, 0.6)).toBe("defer");
    expect(meetsThreshold(0.7499999999, 0.75)).toBe(true);
    expect(meetsThreshold(0.749999, 0.75)).toBe(false);
  });
});

describe("evaluatePruning", () => {
  it("reports score, factors, weights and margins", () => {
    const result = evaluatePruning(f(0.92, 0.86, 0.78));
    expect(result).toMatchObject({ score: 0.864, weights: DEFAULT_WEIGHTS, thresholdDecision: "automated", routedToManualReview: false });
    expect(result.margins.map((m) => m.factor)).toEqual(["xinchuang", "goProficiency", "couplingInverse"]);
  });

  it("caps automated at manual review when asked (pseudo-correlated input)", () => {
    const result = evaluatePruning(f(0.92, 0.86, 0.78), DEFAULT_WEIGHTS, { capAtManualReview: true });
    expect(result).toMatchObject({ thresholdDecision: "automated", decision: "manual-review", routedToManualReview: true });
  });

  it("keeps defer as defer under the cap", () => {
    const result = evaluatePruning(f(0.5, 0.9, 0.9), DEFAULT_WEIGHTS, { capAtManualReview: true });
    expect(result).toMatchObject({ decision: "defer", routedToManualReview: false });
  });

  it("does not let weights change the decision", () => {
    const factors = f(0.72, 0.6, 0.95);
    for (const weights of [DEFAULT_WEIGHTS, { xinchuang: 1, goProficiency: 0, couplingInverse: 0 }, { xinchuang: 0, goProficiency: 0, couplingInverse: 1 }]) {
      expect(evaluatePruning(factors, weights).decision).toBe("manual-review");
    }
  });

  it.each([
    [f(Number.NaN, 0.5, 0.5), "xinchuang"],
    [f(0.5, Number.POSITIVE_INFINITY, 0.5), "goProficiency"],
    [f(0.5, 0.5, -0.01), "couplingInverse"],
    [f(1.01, 0.5, 0.5), "xinchuang"],
    [{ xinchuang: "0.9", goProficiency: 0.5, couplingInverse: 0.5 }, "xinchuang"],
    [{ xinchuang: 0.9, goProficiency: 0.5 }, "couplingInverse"],
  ])("rejects %j at factors.%s", (factors, path) => {
    expect(() => evaluatePruning(factors as never)).toThrow(DecisionInputError);
    expect(() => evaluatePruning(factors as never)).toThrow(expect.objectContaining({ code: "INVALID_FACTOR", path: ["factors", path] }));
  });
});

describe("assertWeights", () => {
  it("accepts weights summing to 1 within 1e-9", () => {
    expect(() => assertWeights({ xinchuang: 0.1, goProficiency: 0.2, couplingInverse: 0.7 })).not.toThrow();
    expect(() => assertWeights({ xinchuang: 1 / 3, goProficiency: 1 / 3, couplingInverse: 1 / 3 })).not.toThrow();
    expect(() => assertWeights({ xinchuang: 0.4 + 5e-10, goProficiency: 0.35, couplingInverse: 0.25 })).not.toThrow();
  });

  it.each([
    [{ xinchuang: 0.5, goProficiency: 0.35, couplingInverse: 0.25 }, ["weights"]],
    [{ xinchuang: 0.4 + 1e-8, goProficiency: 0.35, couplingInverse: 0.25 }, ["weights"]],
    [{ xinchuang: 1.2, goProficiency: -0.2, couplingInverse: 0 }, ["weights", "xinchuang"]],
    [{ xinchuang: 0.6, goProficiency: 0.6, couplingInverse: -0.2 }, ["weights", "couplingInverse"]],
    [{ xinchuang: Number.NaN, goProficiency: 0.5, couplingInverse: 0.5 }, ["weights", "xinchuang"]],
  ])("rejects %j", (weights, path) => {
    expect(() => evaluatePruning(f(0.9, 0.9, 0.9), weights)).toThrow(expect.objectContaining({ code: "INVALID_WEIGHTS", path }));
  });
});
