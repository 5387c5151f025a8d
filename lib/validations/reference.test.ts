import { describe, expect, it } from "vitest";
import { loadReference, readDataFile } from "@/tests/support/reference-data";
import {
  architectureProfileSchema,
  architecturesFileSchema,
  combinationsFileSchema,
  knowledgeCardSchema,
  knowledgeCardsFileSchema,
  stackCombinationSchema,
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
  });

  it("carries the five architecture types exactly as the seed's table (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1)", () => {
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

  it("reads a combination saved before the rename (origin \"seed\") as the article's, and refuses other origins", () => {
    const [first] = loadReference().combinations;
    expect(stackCombinationSchema.parse({ ...first, origin: "seed" }).origin).toBe("article");
    const bad = stackCombinationSchema.safeParse({ ...first, origin: "guess" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("来源只能是 article（原文给出）或 completed（本产品补全）");
  });

  it("reads a knowledge card saved in a result before the rename (its article's id as `seed`)", () => {
    const [card] = loadReference().knowledgeCards;
    const { article, ...rest } = card!;
    expect(knowledgeCardSchema.parse({ ...rest, seed: article }).article).toBe(article);
    expect(knowledgeCardSchema.safeParse({ ...rest, seed: "001" }).success).toBe(false);
  });

  it("marks #1, #4, #7 as from the article and the others as completed, with their basis", () => {
    const { combinations } = loadReference();
    expect(combinations.filter((c) => c.origin === "article").map((c) => c.id)).toEqual([1, 4, 7]);
    for (const c of combinations.filter((c) => c.origin === "completed")) expect(c.basis).toMatch(/《Golang 天津技术栈选型决策树（2024 京津冀版）》 §\d\.\d/);
    // 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.3's heading names "Go 1.21+TiDB+MinIO"; its table's #1 row lists TiDB only
    expect(combinations.find((c) => c.id === 1)).toMatchObject({ runtime: "Go 1.21", storage: "TiDB（分布式）+ MinIO" });
    expect(combinations.find((c) => c.id === 1)?.name).toContain("Go 1.21 + TiDB + MinIO");
    expect(combinations.find((c) => c.id === 1)?.basis).toContain("Go 1.21+TiDB+MinIO");
  });

  it("states the seeds' findings as they are (《Go 语言微服务跨国通信协议选型》 table, 《Go 1.22 新特性对大厂存量系统的影响评估》 as the article's claim)", () => {
    const cards = Object.fromEntries(loadReference().knowledgeCards.map((c) => [c.id, c]));
    const protocols = cards["cross-border-protocols"]!;
    // 《Go 语言微服务跨国通信协议选型》: REST has the highest P99 (349 ms), GraphQL the highest error rate (1.42 %)
    const highest = (key: string) =>
      [...protocols.rows].sort((a, b) => Number(b[key]) - Number(a[key]))[0]?.protocol;
    expect(highest("p99Latency")).toBe("REST + OpenAPI 3.1");
    expect(highest("errorRate")).toBe("GraphQL over HTTP/2");
    expect(protocols.summary).toContain("REST + OpenAPI 3.1 的平均延迟与 P99 最高（P99 349 ms）");
    expect(protocols.summary).toContain("GraphQL over HTTP/2 的错误率最高（1.42%）");
    expect(protocols.summary).not.toMatch(/GraphQL[^；。]*P99/);

    const scheduler = cards["go122-scheduler"]!;
    expect(scheduler.summary).toMatch(/^文章称 Go 1\.22 调整了工作窃取策略/);
    expect(scheduler.summary).toContain("3.7%");
    expect(scheduler.summary).toContain("Go 1.22 官方发布说明未提及此项改动");
    expect(scheduler.notes).toContain("https://go.dev/doc/go1.22");
    expect(scheduler.title).toContain("文章所称");
  });

  it("marks the bottleneck mitigations as this product's advice, not the seed's", () => {
    // The figures and sources are the seed's; the mitigations are written here (see the result page and PDF).
    for (const a of loadReference().architectures) {
      expect(a.seedSection).toMatch(/^《Golang 天津技术栈选型决策树（2024 京津冀版）》/);
      expect(a.mitigation).not.toMatch(/seed|原文/);
    }
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
