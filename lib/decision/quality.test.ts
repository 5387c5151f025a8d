import { describe, expect, it } from "vitest";
import { checkTreeQuality, type QualityMetricKey } from "./quality";
import { makeRecord } from "@/tests/support/decision-records";
import { entropyBits, gini, informationGain } from "./tree-stats";

const metricOf = (report: ReturnType<typeof checkTreeQuality>, key: QualityMetricKey) => {
  const metric = report.metrics.find((m) => m.key === key);
  if (!metric) throw new Error(key);
  return metric;
};

/** n records landing on a leaf, `counter` of them counter-examples. */
function leaf(n: number, counter: number, factors: { xinchuang: number; goProficiency: number; couplingInverse: number }, decision: "automated" | "manual-review" | "defer") {
  return Array.from({ length: n }, (_, i) =>
    makeRecord({
      ...factors,
      historicalDecision: decision,
      outcome: i < counter ? "counter-example" : "success",
      errorCategories: i < counter ? ["tiny-leaf"] : [],
    }),
  );
}

describe("impurity statistics", () => {
  it("computes Gini, entropy and gain", () => {
    expect(gini({ success: 5, counter: 5 })).toBe(0.5);
    expect(gini({ success: 10, counter: 0 })).toBe(0);
    expect(gini({ success: 0, counter: 0 })).toBeNaN();
    expect(entropyBits({ success: 5, counter: 5 })).toBe(1);
    expect(informationGain({ success: 5, counter: 0 }, { success: 0, counter: 5 })).toBe(1);
    expect(informationGain({ success: 0, counter: 0 }, { success: 0, counter: 0 })).toBeNaN();
  });
});

describe("checkTreeQuality (seed 001 §4.4)", () => {
  it("reports every metric as not computable without factors, except the depth", () => {
    const report = checkTreeQuality([makeRecord({ xinchuang: null })]);
    expect(report.recordsWithFactors).toBe(0);
    expect(metricOf(report, "max-depth")).toMatchObject({ status: "pass", value: 3, threshold: 5 });
    for (const key of ["leaf-gini", "information-gain", "generalisation", "ccp-alpha", "min-samples-leaf"] as const) {
      expect(metricOf(report, key).status).toBe("not-computable");
      expect(metricOf(report, key).reason).toBeTruthy();
    }
    expect(report.allPass).toBe(false);
  });

  it("passes on clean, well-populated leaves that separate the outcomes", () => {
    const records = [
      ...leaf(12, 12, { xinchuang: 0.5, goProficiency: 0.9, couplingInverse: 0.9 }, "automated"),
      ...leaf(12, 0, { xinchuang: 0.9, goProficiency: 0.5, couplingInverse: 0.9 }, "manual-review"),
      ...leaf(12, 12, { xinchuang: 0.9, goProficiency: 0.9, couplingInverse: 0.5 }, "automated"),
      ...leaf(12, 0, { xinchuang: 0.9, goProficiency: 0.9, couplingInverse: 0.9 }, "automated"),
    ];
    const report = checkTreeQuality(records);
    expect(metricOf(report, "min-samples-leaf")).toMatchObject({ status: "pass", value: 12 });
    expect(metricOf(report, "leaf-gini")).toMatchObject({ status: "pass", value: 0 });
    expect(metricOf(report, "generalisation")).toMatchObject({ status: "pass", value: 1 });
    expect(metricOf(report, "information-gain").status).toBe("pass");
    expect(metricOf(report, "ccp-alpha").status).toBe("pass");
    expect(report.allPass).toBe(true);
  });

  it("fails tiny, impure leaves and low gain, and counts generalisation over successes only", () => {
    const records = [
      ...leaf(3, 1, { xinchuang: 0.5, goProficiency: 0.9, couplingInverse: 0.9 }, "defer"),
      ...leaf(20, 10, { xinchuang: 0.9, goProficiency: 0.9, couplingInverse: 0.9 }, "automated"),
      ...leaf(4, 0, { xinchuang: 0.9, goProficiency: 0.5, couplingInverse: 0.9 }, "automated"),
    ];
    const report = checkTreeQuality(records);
    const samples = metricOf(report, "min-samples-leaf");
    expect(samples.status).toBe("fail");
    expect(samples.details.find((d) => d.id === "review-coupling")).toMatchObject({ value: 0, status: "fail" });
    const ginis = metricOf(report, "leaf-gini");
    expect(ginis.status).toBe("fail");
    expect(ginis.details.find((d) => d.id === "automated")).toMatchObject({ value: 0.5, status: "fail" });
    expect(ginis.details.find((d) => d.id === "review-coupling")).toMatchObject({ value: null, status: "not-computable" });
    // successes: 2 defer ✓, 10 automated ✓, 4 claimed automated but today manual-review ✗ → 12/16
    expect(metricOf(report, "generalisation")).toMatchObject({ status: "fail", value: 0.75 });
  });
});
