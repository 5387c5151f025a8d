import { describe, expect, it } from "vitest";
import { reweigh, weightSensitivity } from "./sensitivity";
import { DEFAULT_WEIGHTS } from "@/lib/domain/thresholds";

const factors = { xinchuang: 0.92, goProficiency: 0.86, couplingInverse: 0.78 };

describe("weightSensitivity (seed 001 §4.2)", () => {
  it("charts each factor's weight from 0 to 1", () => {
    const result = weightSensitivity(factors, DEFAULT_WEIGHTS, 11);
    expect(result.series).toHaveLength(3);
    for (const series of result.series) {
      expect(series.points).toHaveLength(11);
      expect(series.points[0]?.weight).toBe(0);
      expect(series.points[10]?.weight).toBe(1);
      expect(series.points[10]?.score).toBe(factors[series.factor]);
    }
  });

  it("passes through the current score at the current weight", () => {
    const series = weightSensitivity(factors, DEFAULT_WEIGHTS, 21).series.find((s) => s.factor === "goProficiency");
    expect(series?.points[7]?.weight).toBeCloseTo(0.35);
    expect(series?.points[7]?.score).toBeCloseTo(0.864, 3);
  });

  it("gives min and max over all valid weights at the corners", () => {
    const result = weightSensitivity(factors);
    expect(result).toMatchObject({ minScore: 0.78, maxScore: 0.92, minAt: "couplingInverse", maxAt: "xinchuang" });
  });

  it("states that no weight flips the decision", () => {
    const result = weightSensitivity({ xinchuang: 0.72, goProficiency: 0.6, couplingInverse: 0.99 });
    expect(result.decision).toBe("manual-review");
    expect(result.decisionDependsOnWeights).toBe(false);
    expect(result.statement).toContain("任何合法权重都不会改变决策");
  });

  it("reweighs keeping the others' proportion, or splitting equally when both are 0", () => {
    const w = reweigh(DEFAULT_WEIGHTS, "xinchuang", 0.5);
    expect(w.xinchuang).toBe(0.5);
    expect(w.goProficiency / w.couplingInverse).toBeCloseTo(0.35 / 0.25, 12);
    expect(w.goProficiency + w.couplingInverse).toBeCloseTo(0.5, 12);
    expect(reweigh({ xinchuang: 1, goProficiency: 0, couplingInverse: 0 }, "xinchuang", 0)).toEqual({ xinchuang: 0, goProficiency: 0.5, couplingInverse: 0.5 });
  });
});
