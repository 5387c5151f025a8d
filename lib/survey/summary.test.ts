import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadShippedData } from "@/lib/db/shipped-data";
import { surveySummarySchema } from "./schemas";
import { buildSurveySummary, NATIONAL_AVERAGE_KEY } from "./summary";
import { wholePercent } from "./format";
import { reconstructedNotice } from "./notices";

const ROOT = path.resolve(__dirname, "..", "..");
const shipped = loadShippedData(ROOT);
const national = shipped.referenceFigures.find((f) => f.key === NATIONAL_AVERAGE_KEY)!;

describe("survey summary over the shipped (reconstructed) records", () => {
  const summary = buildSurveySummary(shipped.enterprises, national);
  const headline = (key: string) => summary.headlines.find((h) => h.key === key)!;

  it("matches its own response schema", () => {
    expect(surveySummarySchema.safeParse(summary).success).toBe(true);
  });

  it("reproduces 《Golang 天津技术栈选型决策树（2024 京津冀版）》's percentages, each with its respondents", () => {
    expect(summary.enterprises).toBe(37);
    expect(summary.reconstructed).toBe(37);
    for (const h of summary.headlines) expect(wholePercent(h)).toBe(h.seedPercent);
    expect(headline("topCriterionLocalOps")).toMatchObject({ numerator: 32, denominator: 37, percent: 86.49 });
    expect(headline("hardXinchuang")).toMatchObject({ numerator: 27, denominator: 34 });
    expect(headline("requiresSchedulerSource")).toMatchObject({ numerator: 13, denominator: 35 });
    expect(summary.nationalAverage).toMatchObject({ percent: 62 });
  });

  it("reproduces the counter-examples and their error categories", () => {
    const ce = summary.counterExamples;
    expect(ce.share.numerator).toBe(ce.seedCount);
    expect(ce.share.numerator).toBe(12);
    const pct = Object.fromEntries(ce.categories.map((c) => [c.category, wholePercent(c)]));
    expect(pct["pseudo-correlated"]).toBe(83);
    expect(pct["tiny-leaf"]).toBe(67);
    expect(ce.namedCases.map((c) => [c.code, c.categories.includes("tiny-leaf")])).toEqual([
      ["TJ-07", true],
      ["TJ-22", true],
      ["TJ-14", false],
      ["TJ-31", false],
    ]);
    expect(ce.namedCases.find((c) => c.code === "TJ-14")!.categories).toEqual(["redundant-path"]);
    expect(ce.namedCases.find((c) => c.code === "TJ-31")!.categories).toContain("overconfident");
  });

  it("counts districts, industries and Go versions with Chinese labels, largest first", () => {
    const d = summary.distributions;
    expect(d.district.buckets[0]).toMatchObject({ key: "binhai", label: "滨海新区", count: 11 });
    expect(d.district.buckets.reduce((n, b) => n + b.count, 0)).toBe(37);
    expect(d.district.buckets.every((b) => b.count > 0)).toBe(true);
    expect(d.industry.buckets[0]).toMatchObject({ key: "finance", label: "金融", count: 9 });
    expect(d.goVersion.buckets.map((b) => b.label)).toContain("Go 1.21");
    expect(d.architectureType.buckets).toHaveLength(5);
    expect(d.outcome.buckets.map((b) => [b.key, b.count])).toEqual([
      ["success", 25],
      ["counter-example", 12],
    ]);
  });

  it("has no national average when the reference figure is missing", () => {
    expect(buildSurveySummary(shipped.enterprises, null).nationalAverage).toBeNull();
  });

  it("follows added records: unanswered questions keep their own denominator", () => {
    const [template] = shipped.enterprises;
    const extra = [
      { ...template!, code: "TJ-901", district: "jizhou" as const, topCriterion: "cost" as const, hardXinchuang: null, goVersion: "1.23" },
      {
        ...template!,
        code: "TJ-902",
        outcome: "counter-example" as const,
        errorCategories: ["tiny-leaf" as const],
        topCriterion: null,
      },
    ];
    const s = buildSurveySummary([...shipped.enterprises, ...extra], national);
    const h = (key: string) => s.headlines.find((x) => x.key === key)!;
    expect(s.enterprises).toBe(39);
    expect(h("topCriterionLocalOps")).toMatchObject({ numerator: 32, denominator: 38 });
    expect(h("hardXinchuang").denominator).toBe(35);
    expect(s.counterExamples.share).toMatchObject({ numerator: 13, denominator: 39 });
    expect(s.counterExamples.categories.find((c) => c.category === "tiny-leaf")).toMatchObject({ numerator: 9, denominator: 13 });
    expect(s.distributions.district.buckets.find((b) => b.key === "jizhou")).toMatchObject({ label: "蓟州区", count: 1 });
    expect(s.distributions.goVersion.buckets.find((b) => b.key === "1.23")).toMatchObject({ label: "Go 1.23", count: 1 });
  });

  it("handles an empty survey without dividing by zero", () => {
    const s = buildSurveySummary([], national);
    expect(s.headlines.every((h) => h.percent === null)).toBe(true);
    expect(s.counterExamples.share.percent).toBeNull();
    expect(s.counterExamples.namedCases.every((c) => c.label === null)).toBe(true);
  });
});

describe("reconstructedNotice: the banner follows the data", () => {
  it("says the figures match the article only while every record is the reconstruction", () => {
    expect(reconstructedNotice(37, 37)).toMatchObject({ title: "重构记录（37 条）", text: expect.stringContaining("各百分比与原文一致") });
    const mixed = reconstructedNotice(10_037, 37);
    expect(mixed.title).toBe("调研记录（10037 条，其中重构 37 条）");
    expect(mixed.text).toContain("可能与原文不同");
    expect(mixed.text).not.toContain("与原文一致");
    expect(reconstructedNotice(5, 0).text).toContain("均为管理员导入");
  });
});
