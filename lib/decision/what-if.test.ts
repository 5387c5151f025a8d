import { describe, expect, it } from "vitest";
import { DECISIONS, FACTORS } from "@/lib/domain/catalog";
import { thresholdDecision } from "./thresholds";
import { cappedAtManualReview, decisionFor, whatIf } from "./what-if";

const strong = { xinchuang: 0.92, goProficiency: 0.86, couplingInverse: 0.78 };
const byFactor = (factors: typeof strong, capped = false) => Object.fromEntries(whatIf(factors, capped).map((w) => [w.factor, w]));

describe("whatIf (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2: where each factor flips the decision)", () => {
  it("automated case: each factor flips to its own outcome at its threshold", () => {
    const w = byFactor(strong);
    expect(w.xinchuang!.ranges).toEqual([
      { from: 0, to: 0.7, toInclusive: false, decision: "defer" },
      { from: 0.7, to: 1, toInclusive: true, decision: "automated" },
    ]);
    expect(w.goProficiency!.ranges.map((r) => [r.from, r.decision])).toEqual([[0, "manual-review"], [0.75, "automated"]]);
    expect(w.couplingInverse!.ranges.map((r) => [r.from, r.decision])).toEqual([[0, "manual-review"], [0.6, "automated"]]);
    expect(w.goProficiency!.statement).toBe("Go 熟练度低于 0.75 时为人工协同评审，达到 0.75 起为自动化裁剪流水线");
  });

  it("a deferred case: only 信创适配度 can move it, and the others say why not", () => {
    const w = byFactor({ ...strong, xinchuang: 0.42 });
    expect(w.xinchuang!.ranges).toHaveLength(2);
    expect(w.xinchuang!.decision).toBe("defer");
    for (const factor of ["goProficiency", "couplingInverse"] as const) {
      expect(w[factor]!.ranges).toEqual([{ from: 0, to: 1, toInclusive: true, decision: "defer" }]);
      expect(w[factor]!.statement).toContain("信创适配度低于 0.70，决策已是暂缓裁剪");
    }
  });

  it("one check failing holds the other at manual review", () => {
    const w = byFactor({ ...strong, goProficiency: 0.5 });
    expect(w.couplingInverse!.ranges).toEqual([{ from: 0, to: 1, toInclusive: true, decision: "manual-review" }]);
    expect(w.couplingInverse!.statement).toBe("Go 熟练度低于 0.75：系统独立性（耦合度倒数）取任何值都是人工协同评审");
    expect(w.goProficiency!.ranges.map((r) => r.decision)).toEqual(["manual-review", "automated"]);
  });

  it("a pseudo-correlated input caps the case: Go and coupling cannot lift it", () => {
    const w = byFactor(strong, true);
    expect(w.goProficiency!.ranges).toEqual([{ from: 0, to: 1, toInclusive: true, decision: "manual-review" }]);
    expect(w.goProficiency!.statement).toContain("伪相关变量");
    expect(w.xinchuang!.ranges.map((r) => r.decision)).toEqual(["defer", "manual-review"]);
  });

  it("boundaries count as passing, and the ranges agree with the engine's rule on a grid", () => {
    expect(decisionFor({ xinchuang: 0.7, goProficiency: 0.75, couplingInverse: 0.6 }, false)).toBe("automated");
    expect(decisionFor({ xinchuang: 0.69, goProficiency: 0.75, couplingInverse: 0.6 }, false)).toBe("defer");
    const grid = [0, 0.3, 0.59, 0.6, 0.69, 0.7, 0.74, 0.75, 0.9, 1];
    for (const x of grid)
      for (const g of grid)
        for (const c of grid) {
          const factors = { xinchuang: x, goProficiency: g, couplingInverse: c };
          for (const w of whatIf(factors)) {
            expect(w.decision).toBe(thresholdDecision(x, g, c));
            for (const value of grid) {
              const range = w.ranges.find((r) => value >= r.from && (value < r.to || (r.toInclusive && value <= r.to)));
              expect(range?.decision).toBe(thresholdDecision(...FACTORS.map((f) => (f === w.factor ? value : factors[f])) as [number, number, number]));
            }
          }
        }
  });

  it("always covers [0, 1] with decisions from the catalog", () => {
    for (const w of whatIf({ xinchuang: 0.8, goProficiency: 0.1, couplingInverse: 0.99 })) {
      expect(w.ranges[0]!.from).toBe(0);
      expect(w.ranges.at(-1)).toMatchObject({ to: 1, toInclusive: true });
      for (const r of w.ranges) expect(DECISIONS).toContain(r.decision);
    }
  });
});

describe("cappedAtManualReview", () => {
  it("reads the validation node of the trace", () => {
    const step = (routeToManualReview: boolean) => ({ node: "validation" as const, title: "", rule: "", inputs: {}, outputs: { routeToManualReview }, seedSection: "" });
    expect(cappedAtManualReview({ trace: [step(true)] })).toBe(true);
    expect(cappedAtManualReview({ trace: [step(false)] })).toBe(false);
    expect(cappedAtManualReview({ trace: [] })).toBe(false);
  });
});
