import { describe, expect, it } from "vitest";
import { checkTreeQuality, reproducesHistoricalDecision, SOURCE_SECTION, SOURCE_TITLE, type QualityMetricKey } from "./quality";
import { makeRecord } from "@/tests/support/decision-records";
import { entropyBits, gini, hasAllFactors, informationGain } from "./tree-stats";

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

describe("checkTreeQuality (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4)", () => {
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

/** Leaf populations (success, counter) like the shipped survey's: defer 6/4, review-go 5/6, review-coupling 3/0, automated 11/2. */
function shippedLikeRecords() {
  const at = {
    defer: { xinchuang: 0.5, goProficiency: 0.9, couplingInverse: 0.9 },
    "review-go": { xinchuang: 0.9, goProficiency: 0.5, couplingInverse: 0.9 },
    "review-coupling": { xinchuang: 0.9, goProficiency: 0.9, couplingInverse: 0.5 },
    automated: { xinchuang: 0.9, goProficiency: 0.9, couplingInverse: 0.9 },
  };
  return [
    ...leaf(10, 4, at.defer, "defer"),
    ...leaf(11, 6, at["review-go"], "manual-review"),
    ...leaf(3, 0, at["review-coupling"], "manual-review"),
    ...leaf(13, 2, at.automated, "automated"),
  ];
}

describe("cost-complexity α as sklearn defines it (weighted Gini, weakest-link pruning)", () => {
  const report = checkTreeQuality(shippedLikeRecords());
  const ccp = metricOf(report, "ccp-alpha");
  const alpha = (id: string) => ccp.details.find((d) => d.id === id);

  it("gives each split α_eff = (R(t) − R(T_t)) / (|leaves| − 1) with R = (n/N) × Gini", () => {
    const N = 37;
    const g = (s: number, c: number) => 1 - (s / (s + c)) ** 2 - (c / (s + c)) ** 2;
    const R = (s: number, c: number) => ((s + c) / N) * g(s, c);
    const leaves = R(6, 4) + R(5, 6) + 0 + R(11, 2);
    const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
    // 信创 split: (0.4383 − 0.3686) / 3 = 0.0232. Counted by misclassification instead (the old
    // definition) it would be (12 − 11) / 37 / 3 = 0.0090.
    expect(alpha("xinchuang")).toMatchObject({ value: round4((R(25, 12) - leaves) / 3), samples: 37, status: "pass" });
    expect(alpha("xinchuang")?.value).toBe(0.0232);
    expect(alpha("goProficiency")).toMatchObject({ value: round4((R(19, 8) - R(5, 6) - R(11, 2)) / 2), samples: 27, status: "pass" });
    expect(alpha("goProficiency")?.value).toBe(0.0327);
    expect(alpha("couplingInverse")).toMatchObject({ value: round4(R(14, 2) - R(11, 2)), samples: 16, status: "fail" });
    expect(alpha("couplingInverse")?.value).toBe(0.0031);
    expect(ccp).toMatchObject({ status: "fail", value: 0.0031, threshold: 0.01 });
  });

  it("reports a split no record reaches as not computable", () => {
    const onlyDefer = checkTreeQuality(leaf(12, 6, { xinchuang: 0.5, goProficiency: 0.9, couplingInverse: 0.9 }, "defer"));
    const details = metricOf(onlyDefer, "ccp-alpha").details;
    expect(details.find((d) => d.id === "goProficiency")).toMatchObject({ value: null, status: "not-computable", reason: "没有记录到达该分裂" });
  });
});

describe("agreement with history is in-sample, and says so", () => {
  const records = [
    ...leaf(4, 0, { xinchuang: 0.5, goProficiency: 0.9, couplingInverse: 0.9 }, "defer"),
    ...leaf(3, 0, { xinchuang: 0.9, goProficiency: 0.9, couplingInverse: 0.9 }, "manual-review"),
    ...leaf(5, 2, { xinchuang: 0.9, goProficiency: 0.9, couplingInverse: 0.9 }, "automated"),
    makeRecord({ historicalDecision: null }),
  ];
  const metric = metricOf(checkTreeQuality(records), "generalisation");

  it("counts successes with factors and a historical decision whose decision today's rule reproduces", () => {
    // 4 defer ✓, 3 claimed manual-review but today automated ✗, 3 automated ✓ (2 counter-examples not judged) → 7/10.
    expect(metric).toMatchObject({ value: 0.7, status: "fail", threshold: 0.89 });
    expect(metric.details[0]).toMatchObject({ samples: 10, label: "今天的规则复现成功案例历史决策（7 / 10）" });
  });

  it("equals its leave-one-enterprise-out estimate, because nothing in the tree is fit on the records", () => {
    const judged = records.filter(hasAllFactors).filter((r) => reproducesHistoricalDecision(r) !== null);
    // Held out: judge each enterprise with the tree built from all the others.
    const heldOut = judged.map((r) => {
      const others = records.filter((o) => o !== r);
      const withoutIt = metricOf(checkTreeQuality(others), "generalisation").details[0]!;
      const withIt = metricOf(checkTreeQuality([...others, r]), "generalisation").details[0]!;
      // r's verdict is the difference it makes to the agreeing count.
      const agreeing = (d: typeof withIt) => Math.round((d.value ?? 0) * d.samples);
      return agreeing(withIt) - agreeing(withoutIt);
    });
    expect(heldOut.reduce((a, b) => a + b, 0) / heldOut.length).toBe(metric.value);
    expect(heldOut).toEqual(judged.map((r) => (reproducesHistoricalDecision(r) ? 1 : 0)));
  });

  it("is labelled in-sample agreement, with the article's cross-enterprise threshold marked as borrowed", () => {
    expect(metric.label).toContain("样本内一致率");
    expect(metric.label).not.toBe("跨企业泛化率");
    expect(metric.note).toContain("不是原文的跨企业泛化率");
    expect(metric.note).toContain("留一企业交叉验证");
    expect(metric).toMatchObject({ thresholdOrigin: "product" });
    expect(metric.thresholdSource).toContain(SOURCE_SECTION);
  });

  it("does not judge counter-examples or records without a historical decision", () => {
    const unjudged = [makeRecord({ outcome: "counter-example", errorCategories: ["tiny-leaf"] }), makeRecord({ historicalDecision: null })];
    expect(unjudged.filter(hasAllFactors).map(reproducesHistoricalDecision)).toEqual([null, null]);
  });
});

describe("every metric carries its definition and its threshold's source", () => {
  const report = checkTreeQuality(shippedLikeRecords());

  it("names the article by its title and says whose threshold it is", () => {
    expect(SOURCE_TITLE).toBe("《Golang 天津技术栈选型决策树（2024 京津冀版）》");
    expect(report.metrics.map((m) => m.key)).toEqual(["max-depth", "min-samples-leaf", "ccp-alpha", "leaf-gini", "information-gain", "generalisation"]);
    for (const metric of report.metrics) {
      expect(metric.note.length, metric.key).toBeGreaterThan(40);
      expect(metric.note, metric.key).toContain(SOURCE_SECTION);
      expect(metric.note, metric.key).not.toMatch(/seed \d/);
      expect(metric.thresholdSource, metric.key).toContain(SOURCE_SECTION);
      expect(metric.note, metric.key).toContain(String(metric.threshold));
      expect(metric.thresholdOrigin, metric.key).toBe(metric.key === "generalisation" ? "product" : "article");
    }
  });

  it("states each definition exactly", () => {
    const note = (key: QualityMetricKey) => metricOf(report, key).note;
    expect(note("ccp-alpha")).toContain("α_eff(t) =（R(t) − R(T_t)）÷（T_t 的叶子数 − 1）");
    expect(note("ccp-alpha")).toContain("R(t) =（n_t ÷ N）× Gini(t)");
    expect(note("ccp-alpha")).toContain("直到最小的 α_eff 大于 0.01");
    expect(note("min-samples-leaf")).toContain("min_samples_leaf = 10");
    expect(note("min-samples-leaf")).toContain("不改变任何决策");
    expect(note("leaf-gini")).toContain("1 − p² −（1 − p）²");
    expect(note("information-gain")).toContain("以 2 为底");
    expect(note("max-depth")).toContain("max_depth = 5");
  });
});
