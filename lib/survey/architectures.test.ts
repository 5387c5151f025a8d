import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadShippedData } from "@/lib/db/shipped-data";
import { architectureOverview, compareHref, parseCompareIds } from "./architectures";
import { combinationMatrix, combinationOverview } from "./combinations";
import { architectureListSchema, combinationListSchema } from "./schemas";

const shipped = loadShippedData(path.resolve(__dirname, "..", ".."));

describe("parseCompareIds", () => {
  it("accepts the comma form and the repeated-parameter form, in order, without duplicates", () => {
    expect(parseCompareIds("gov-lowcode,microservice-gateway")).toEqual({ ok: true, ids: ["gov-lowcode", "microservice-gateway"] });
    expect(parseCompareIds(["realtime-pipeline", "gov-lowcode,realtime-pipeline", " industrial-bridge "])).toEqual({
      ok: true,
      ids: ["realtime-pipeline", "gov-lowcode", "industrial-bridge"],
    });
  });

  it("explains fewer than two in Chinese", () => {
    for (const raw of [undefined, "", "gov-lowcode", "gov-lowcode,gov-lowcode", ","]) {
      const result = parseCompareIds(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/请至少选择 2 种架构/);
    }
  });

  it("names unknown ids instead of ignoring them", () => {
    const result = parseCompareIds("gov-lowcode,<script>,mainframe");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain("无法识别的架构类型：<script>、mainframe");
      expect(result.ids).toEqual(["gov-lowcode"]);
    }
  });

  it("builds the comma URL", () => {
    expect(compareHref(["a", "b", "c"])).toBe("/architectures/compare?ids=a,b,c");
  });
});

describe("architecture overview", () => {
  const overview = architectureOverview(shipped.architectures, shipped.combinations, shipped.enterprises);

  it("joins every profile with the survey: usage, outcomes, historical combinations", () => {
    expect(architectureListSchema.safeParse({ items: overview }).success).toBe(true);
    expect(overview.reduce((n, a) => n + a.usage.enterprises, 0)).toBe(37);
    expect(overview.reduce((n, a) => n + a.usage.counterExamples, 0)).toBe(12);
    const gateway = overview.find((a) => a.id === "microservice-gateway")!;
    expect(gateway).toMatchObject({ exampleEnterprise: "天津银行API平台", adaptationDays: 14, goFloor: "1.21" });
    expect(gateway.usage).toEqual({ enterprises: 10, success: 6, counterExamples: 4 });
    expect(gateway.historicalCombinations.map((c) => c.id)).toEqual([3]);
    expect(overview.find((a) => a.id === "crossborder-settlement")!.bottleneckFigure).toBeNull();
  });

  it("gives zero usage and no mean to a type nobody uses", () => {
    const [only] = architectureOverview(shipped.architectures.slice(0, 1), shipped.combinations, []);
    expect(only!.usage).toEqual({ enterprises: 0, success: 0, counterExamples: 0 });
    expect(only!.meanAdaptationDays).toBeNull();
    expect(only!.historicalCombinations).toEqual([]);
  });
});

describe("stack combinations", () => {
  it("lays the seven combinations out by density × consistency, seed and completed marked", () => {
    const matrix = combinationMatrix(shipped.combinations);
    expect(matrix.cells).toHaveLength(6 * 2);
    const cell = (d: string, c: string) => matrix.cells.find((x) => x.density === d && x.consistency === c)!.combinationIds;
    expect(cell("regional", "strong")).toEqual([1]);
    expect(cell("browser-offline", "eventual")).toEqual([4]);
    expect(cell("cdn-edge", "eventual")).toEqual([7]);
    expect(cell("central-cloud", "eventual")).toEqual([5]);
    expect(new Set(matrix.cells.flatMap((c) => c.combinationIds))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
    const items = combinationOverview(shipped.combinations, shipped.enterprises);
    expect(combinationListSchema.safeParse({ items, matrix }).success).toBe(true);
    expect(items.filter((c) => c.origin === "article").map((c) => c.id)).toEqual([1, 4, 7]);
    expect(items.find((c) => c.id === 3)!.architectureTypes).toEqual(["microservice-gateway", "crossborder-settlement"]);
    expect(items.reduce((n, c) => n + c.usage.enterprises, 0)).toBe(37);
  });
});

describe("adaptation chart", () => {
  it("compares the seed's figure with the survey mean", async () => {
    const { adaptationChart } = await import("./architecture-charts");
    const overview = architectureOverview(shipped.architectures, shipped.combinations, shipped.enterprises);
    const chart = adaptationChart(overview.filter((a) => ["microservice-gateway", "gov-lowcode", "industrial-bridge"].includes(a.id)));
    expect(chart.data.series).toHaveLength(2);
    expect(chart.data.rows.map((r) => r.values[0])).toEqual([14, 35, 19]);
    expect(chart.data.rows[0]!.texts[1]).toBe("14.7 人日");
    expect(chart.takeaway).toBe("政务低代码后端适配最费时（35 人日），是微服务网关型（14 人日）的 2.5 倍。");
  });
});
