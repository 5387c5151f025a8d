import { describe, expect, it } from "vitest";
import { loadReference, readDataFile } from "@/tests/support/reference-data";
import {
  architectureProfileSchema,
  architecturesFileSchema,
  combinationsFileSchema,
  knowledgeCardSchema,
  knowledgeCardsFileSchema,
  referenceDataSchema,
} from "./reference";

describe("shipped reference data (data/*.json)", () => {
  it("parses with the schemas", () => {
    for (const [file, schema] of [
      ["architectures.json", architecturesFileSchema],
      ["combinations.json", combinationsFileSchema],
      ["knowledge-cards.json", knowledgeCardsFileSchema],
    ] as const) {
      const parsed = schema.safeParse(readDataFile(file));
      expect(parsed.success, `${file}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    expect(referenceDataSchema.safeParse(loadReference()).success).toBe(true);
  });

  it("carries the five architecture types exactly as the seed's table (seed 001 ch.1)", () => {
    const rows = loadReference().architectures.map((a) => [a.name, a.exampleEnterprise, a.goFloor, a.adaptationDays]);
    expect(rows).toEqual([
      ["微服务网关型", "天津银行API平台", "1.21", 14],
      ["实时数据管道型", "中汽研车联网", "1.20", 22],
      ["政务低代码后端", "和平区一网通办", "1.19", 35],
      ["工业协议桥接型", "万久科技PLC云", "1.18", 19],
      ["跨境电商结算型", "瑞易通跨境支付", "1.22", 27],
    ]);
    const settlement = loadReference().architectures.find((a) => a.id === "crossborder-settlement");
    expect(settlement).toMatchObject({ bottleneckFigure: null });
    expect(settlement?.notes).toContain("截断");
  });

  it("marks #1, #4, #7 as from the seed and the others as completed, with their basis", () => {
    const { combinations } = loadReference();
    expect(combinations.filter((c) => c.origin === "seed").map((c) => c.id)).toEqual([1, 4, 7]);
    for (const c of combinations.filter((c) => c.origin === "completed")) expect(c.basis).toMatch(/seed 001 §\d\.\d/);
    expect(combinations.find((c) => c.id === 1)).toMatchObject({ runtime: "Go 1.21", storage: "TiDB（分布式）" });
  });

  it("stores truncated or missing figures as null, never a guess", () => {
    const cards = Object.fromEntries(loadReference().knowledgeCards.map((c) => [c.id, c]));
    const sidecars = cards["edge-sidecars"]?.rows;
    expect(sidecars?.map((r) => [r.memory, r.startTime])).toEqual([[15, null], [22, 180], [12, null]]);
    const tinygo = cards["tinygo-wasi"]?.rows;
    expect(tinygo?.[0]).toMatchObject({ target: "arduino", startupMemory: null, startupMemoryText: "< 8 KB" });
    expect(tinygo?.[1]).toMatchObject({ target: "wasi", startupMemory: 16 });
    expect(cards["cross-border-protocols"]?.rows[0]).toMatchObject({ avgLatency: 182, p99Latency: 247, errorRate: 0.18, ttfb: 161 });
    expect(cards["go122-scheduler"]?.rows).toEqual([
      { goVersion: "Go 1.19", wakeupLatency: 125, pCacheHitRate: 92.3 },
      { goVersion: "Go 1.22", wakeupLatency: 168, pCacheHitRate: 87.1 },
    ]);
  });
});

describe("reference schemas reject bad data, in Chinese, with paths", () => {
  it("rejects a malformed profile", () => {
    const good = loadReference().architectures[0];
    const result = architectureProfileSchema.safeParse({ ...good, goFloor: "1.x", adaptationDays: -3, extra: 1 });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["goFloor", "adaptationDays", ""]));
    for (const issue of result.error?.issues ?? []) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("rejects duplicate or missing ids and undeclared card columns", () => {
    const { architectures, combinations, knowledgeCards } = loadReference();
    expect(architecturesFileSchema.safeParse(architectures.slice(1)).success).toBe(false);
    expect(combinationsFileSchema.safeParse([...combinations, combinations[0]]).success).toBe(false);
    const card = knowledgeCards[0];
    const bad = knowledgeCardSchema.safeParse({ ...card, rows: [{ ...card?.rows[0], surprise: 1 }] });
    expect(bad.error?.issues[0]?.path).toEqual(["rows", 0, "surprise"]);
  });
});
