import { describe, expect, it } from "vitest";
import { enterpriseRecordSchema } from "@/lib/validations/enterprise";
import { backtest } from "./backtest";
import { checkTreeQuality } from "./quality";
import { readDataFile } from "@/tests/support/reference-data";
import { makeRecord } from "@/tests/support/decision-records";

describe("backtest (seed 001 §4.4)", () => {
  const records = [
    makeRecord({ code: "TJ-01", outcome: "success" }),
    makeRecord({
      code: "TJ-07",
      outcome: "counter-example",
      errorCategories: ["tiny-leaf", "pseudo-correlated"],
      xinchuang: 0.65,
      historicalDecision: "automated",
      historicalCombination: 1,
      tier: "core",
    }),
    makeRecord({ code: "TJ-14", outcome: "counter-example", errorCategories: ["redundant-path"], historicalDecision: "automated", tier: null }),
    makeRecord({ code: "TJ-22", outcome: "counter-example", errorCategories: ["tiny-leaf"], goProficiency: null }),
    makeRecord({ code: "TJ-31", outcome: "counter-example", errorCategories: ["overconfident"], historicalDecision: null }),
  ];
  const report = backtest(records);
  const row = (code: string) => report.rows.find((r) => r.code === code);

  it("has one row per counter-example and a summary", () => {
    expect(report.rows.map((r) => r.code)).toEqual(["TJ-07", "TJ-14", "TJ-22", "TJ-31"]);
    expect(report).toMatchObject({ counterExamples: 4, computable: 2, differing: 1, notComputable: 2 });
  });

  it("reports today's decision against the historical one", () => {
    expect(row("TJ-07")).toMatchObject({
      status: "differs",
      differs: true,
      historical: { decision: "automated", combination: 1 },
      today: { decision: "defer", rootNode: { tier: "core", rtoMaxSeconds: 900 }, combination: null },
    });
    expect(row("TJ-07")?.errorCategoryLabels).toHaveLength(2);
    expect(row("TJ-07")?.note).toContain("伪相关");
    expect(row("TJ-07")?.note).toContain("历史组合 #1");
    expect(row("TJ-14")).toMatchObject({ status: "same", differs: false, today: { decision: "automated", rootNode: null } });
  });

  it("says 'not computable' when factors or the historical decision are missing", () => {
    expect(row("TJ-22")).toMatchObject({ status: "not-computable", differs: null, today: null });
    expect(row("TJ-22")?.note).toContain("Go 熟练度");
    expect(row("TJ-31")).toMatchObject({ status: "not-computable", differs: null });
  });
});

describe("on the shipped survey records (data/enterprises.json, a reconstruction)", () => {
  it("gives one row per counter-example and a status for every quality metric", () => {
    const records = enterpriseRecordSchema.array().parse(readDataFile("enterprises.json"));
    const counterExamples = records.filter((r) => r.outcome === "counter-example");
    const report = backtest(records);
    expect(report.rows.map((r) => r.code)).toEqual(counterExamples.map((r) => r.code));
    expect(report.computable + report.notComputable).toBe(counterExamples.length);
    const quality = checkTreeQuality(records);
    expect(quality.records).toBe(records.length);
    for (const metric of quality.metrics) expect(["pass", "fail", "not-computable"]).toContain(metric.status);
  });
});
