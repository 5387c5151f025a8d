import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadShippedData } from "@/lib/db/shipped-data";
import { architectureOverview } from "./architectures";
import { chartHeight, singleKnownValue, valueLabelWidth } from "./chart-data";
import { respondentsText } from "./format";
import { cloudNodeTable } from "./cloud-nodes";
import {
  cloudNodeCharts,
  districtChart,
  errorCategoryChart,
  goVersionChart,
  headlineChart,
  nationalChart,
  outcomeByArchitectureChart,
} from "./insight-charts";
import { KNOWLEDGE_MISSING_TEXT, knowledgeCharts } from "./knowledge-figures";
import { buildSurveySummary } from "./summary";
import { levelText, talentMatrix, talentTakeaway } from "./talent";

const shipped = loadShippedData(path.resolve(__dirname, "..", ".."));
const summary = buildSurveySummary(shipped.enterprises, { key: "n", label: "全国均值", value: 62, source: "《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章" });

describe("insight charts: data, takeaway and source", () => {
  it("headlines and the national comparison", () => {
    const h = headlineChart(summary);
    expect(h.data.rows.map((r) => r.texts[0])).toEqual(["86%（32/37）", "79%（27/34）", "71%（24/34）", "82%（28/34）", "37%（13/35）"]);
    expect(h.takeaway).toContain("86%");
    const n = nationalChart(summary)!;
    expect(n.data.rows.map((r) => r.values[0])).toEqual([86, 62]);
    expect(n.data.rows.map((r) => r.style)).toEqual([0, 1]);
    expect(n.takeaway).toBe("天津 86%（37 家作答，其中 32 家），高出全国均值 24 个百分点。");
    expect(nationalChart({ ...summary, nationalAverage: null })).toBeNull();
    // respondents first: "27 / 34 家作答" read as "27 of 34 answered"
    expect(summary.headlines.map(respondentsText)).toEqual([
      "37 家作答，其中 32 家",
      "34 家作答，其中 27 家",
      "34 家作答，其中 24 家",
      "34 家作答，其中 28 家",
      "35 家作答，其中 13 家",
    ]);
  });

  it("distributions say which is largest, and cite the reconstruction", () => {
    const d = districtChart(summary);
    expect(d.takeaway).toMatch(/^滨海新区最多（11 家，占 30%）/);
    expect(d.source).toContain("重构记录");
    expect(goVersionChart(summary).data.rows.map((r) => r.category)).toEqual(["Go 1.18", "Go 1.19", "Go 1.20", "Go 1.21", "Go 1.22"]);
    expect(goVersionChart(summary).takeaway).toContain("9 家已在 Go 1.22 及以上，需关注文章所称的调度器变更");
  });

  it("counter-examples by category and by architecture", () => {
    const e = errorCategoryChart(summary);
    expect(e.takeaway).toBe(
      "12 个反例中 83% 使用了伪相关变量，67% 的叶节点样本不足 5 个（“5 个”是本产品设定的阈值，原文此句截断、未给出阈值）。",
    );
    expect(e.data.rows.find((r) => r.category.includes("< 5"))?.category).toBe("叶节点样本 < 5（本产品阈值）");
    expect(e.source).toContain("《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4");
    const o = outcomeByArchitectureChart(architectureOverview(shipped.architectures, shipped.combinations, shipped.enterprises));
    expect(o.data.series).toEqual(["选型成功", "反例"]);
    expect(o.data.rows).toHaveLength(5);
    // 微服务网关型 4 / 10 and 跨境电商结算型 2 / 5: a tie, stated as one.
    expect(o.takeaway).toBe("反例占比并列最高的是微服务网关型（4 / 10 家）与跨境电商结算型（2 / 5 家）。");
  });

  it("cloud nodes: nulls are stated, never drawn as a number", () => {
    const table = cloudNodeTable(shipped.cloudNodes);
    const connect = table.find((r) => r.key === "connectMs")!;
    expect(connect.cells.map((c) => c.text)).toEqual(["1.8 ms", "原文截断/未给出"]);
    expect(table.find((r) => r.key === "syncSuccessRate")!.cells[1]).toEqual({ text: "原文截断/未给出", missing: true });
    const [iops, rtt] = cloudNodeCharts(shipped.cloudNodes);
    expect(iops!.takeaway).toBe("华为云滨海基地最高（18,600）。");
    expect(rtt!.takeaway).toBe("华为云滨海基地最低（47 μs）。");
  });

  it("talent matrix keeps the seed's column order and levels", () => {
    const rows = shipped.talentSkills.roles.flatMap((r, roleOrder) =>
      shipped.talentSkills.skills.map((skill, i) => ({ role: r.role, roleOrder, skill, level: r.levels[i]! })),
    );
    const matrix = talentMatrix([...rows].reverse());
    expect(matrix.skills).toEqual(["Go基础", "并发模型", "微服务", "k8s Operator", "性能调优"]);
    expect(matrix.roles.map((r) => r.role)).toEqual(["初级开发", "中级后端", "架构师"]);
    expect(matrix.roles[0]!.levels).toEqual([4, 2, 1, 0, 0]);
    expect(talentTakeaway(matrix)).toBe("架构师各项均在 4 级及以上；初级开发尚不要求k8s Operator、性能调优。");
    expect(levelText(0)).toBe("✗（0 级）");
    expect(levelText(3)).toBe("✓✓✓（3 级）");
  });

  it("sizes are fixed from the data", () => {
    expect(chartHeight({ rows: new Array(5).fill(null), series: ["a"] })).toBe(32 + 5 * 54);
    expect(chartHeight({ rows: new Array(5).fill(null), series: ["a", "b"] })).toBe(32 + 5 * 76);
    expect(valueLabelWidth([{ category: "x", values: [86], texts: ["86%（32/37）"] }])).toBe(7 * 8 + 12 * 2 + 12);
  });
});

describe("knowledge charts", () => {
  const card = (id: string) => shipped.knowledgeCards.find((c) => c.id === id)!;

  it("draws P99 and error rate of the protocol table (《Go 语言微服务跨国通信协议选型》)", () => {
    const [p99, errors] = knowledgeCharts(card("cross-border-protocols"));
    expect(p99!.data.rows.map((r) => r.values[0])).toEqual([247, 312, 349]);
    expect(errors!.data.rows.map((r) => r.texts[0])).toEqual(["0.18%", "1.42%", "0.97%"]);
    expect(p99!.takeaway).toBe("gRPC-Web（经 Envoy）最低（247 ms），REST + OpenAPI 3.1 最高（349 ms）。");
  });

  it("keeps unknown sidecar start times unknown and marks the 45 MB edge limit (《服务网格演进与轻量级 Sidecar 的必要性》)", () => {
    const [memory, start] = knowledgeCharts(card("edge-sidecars"));
    expect(memory!.data.reference).toEqual({ value: 45, label: "边缘节点内存上限 45 MB" });
    expect(start!.data.rows.map((r) => r.values[0])).toEqual([null, 180, null]);
    expect(start!.data.rows[0]!.texts[0]).toBe(KNOWLEDGE_MISSING_TEXT);
    expect(start!.takeaway).toBe(`只有 MOSN 给出了数值（180 ms）；Linkerd2-proxy、Istio Ambient（ztunnel）${KNOWLEDGE_MISSING_TEXT}。`);
  });

  it("shows a chart with one known value as that figure, not as a single bar", () => {
    const [memory, start] = knowledgeCharts(card("edge-sidecars"));
    expect(singleKnownValue(start!.data)).toMatchObject({ category: "MOSN", texts: ["180 ms"] });
    expect(singleKnownValue(memory!.data)).toBeNull();
    const [tinygo] = knowledgeCharts(card("tinygo-wasi"));
    expect(singleKnownValue(tinygo!.data)).toMatchObject({ category: "wasi", texts: ["16 KB"] });
    const none = { series: ["x"], rows: [{ category: "a", values: [null], texts: ["?"] }] };
    expect(singleKnownValue(none)).toBeNull();
    const twoSeries = { series: ["x", "y"], rows: [{ category: "a", values: [1, null], texts: ["1", "?"] }] };
    expect(singleKnownValue(twoSeries)).toBeNull();
  });

  it("has charts for every card", () => {
    for (const c of shipped.knowledgeCards) expect(knowledgeCharts(c).length).toBeGreaterThan(0);
  });
});
