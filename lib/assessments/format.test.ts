import path from "node:path";
import { sampleScan } from "@/tests/support/gomod-scans";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/decision";
import { loadReferenceData } from "@/lib/db/shipped-data";
import type { EvaluateRequest } from "@/lib/validations/evaluate";
import { BENCH_REQUEST_FACTORS, BENCH_REQUEST_FACTS } from "@/tests/support/evaluate-requests";
import {
  continuityText,
  formatBound,
  formatDependencies,
  formatDistance,
  formatDuration,
  formatExtraFeatures,
  formatFactor,
  formatNumber,
  formatScore,
  formatTraceValue,
  stepSummary,
  traceRows,
} from "./format";

describe("durations", () => {
  it("prints the seed's RTO/RPO figures in their own units (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1)", () => {
    expect(formatDuration(900)).toBe("15 分钟");
    expect(formatDuration(7200)).toBe("2 小时");
    expect(formatDuration(86400)).toBe("24 小时");
    expect(formatDuration(300)).toBe("5 分钟");
    expect(formatDuration(3600)).toBe("60 分钟");
    expect(formatDuration(0)).toBe("0 秒");
  });

  it("falls back to smaller units for odd values and refuses nonsense", () => {
    expect(formatDuration(5400)).toBe("90 分钟");
    expect(formatDuration(45)).toBe("45 秒");
    expect(formatDuration(-1)).toBe("—");
    expect(formatDuration(Number.NaN)).toBe("—");
  });

  it("reads an RPO of zero as '= 0 秒'", () => {
    expect(formatBound(0)).toBe("= 0 秒");
    expect(formatBound(7200)).toBe("≤ 2 小时");
  });

  it("summarises a tier in one line, a zero RPO as the seed's table writes it", () => {
    expect(continuityText({ rtoMaxSeconds: 900, rpoMaxSeconds: 0, syncMode: "sync-multi-active" })).toBe("RTO ≤ 15 分钟 · RPO = 0 · 同步复制 + 多活");
    expect(continuityText({ rtoMaxSeconds: 7200, rpoMaxSeconds: 300, syncMode: "semi-sync-wal" })).toBe("RTO ≤ 2 小时 · RPO ≤ 5 分钟 · 半同步 + WAL 流式复制");
  });
});

describe("factors, weights and scores", () => {
  it("prints factors and weights with two decimals, as the seed does (0.92, 0.40)", () => {
    expect(formatFactor(0.92)).toBe("0.92");
    expect(formatFactor(0.4)).toBe("0.40");
    expect(formatFactor(1.02)).toBe("1.02");
    expect(formatFactor(1)).toBe("1.00");
  });

  it("prints the score with three decimals, enough for weight × factor", () => {
    expect(formatScore(0.864)).toBe("0.864");
    expect(formatScore(0.4 * 0.92)).toBe("0.368");
    expect(formatScore(0.8)).toBe("0.800");
    expect(formatScore(0.86395)).toBe("0.864");
  });

  it("prints any other number with at most four decimals", () => {
    expect(formatNumber(512)).toBe("512");
    expect(formatNumber(0.016666)).toBe("0.0167");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("—");
  });
});

describe("signed distances", () => {
  it("signs both sides with a true minus", () => {
    expect(formatDistance(0.22)).toBe("+0.22");
    expect(formatDistance(-0.05)).toBe("−0.05");
    expect(formatDistance(0.005)).toBe("+0.01");
    expect(formatDistance(-0.005)).toBe("−0.01");
  });

  it("writes zero, and whatever rounds to it, as ±0.00 on either side", () => {
    expect(formatDistance(0)).toBe("±0.00");
    expect(formatDistance(-0)).toBe("±0.00");
    expect(formatDistance(0.004)).toBe("±0.00");
    expect(formatDistance(-0.004)).toBe("±0.00");
  });
});

const reference = loadReferenceData(path.resolve(__dirname, "..", ".."));
const labelOf = (key: string) => traceRows({ [key]: null })[0]?.label;

/** Requests that between them take every branch that shapes a trace record. */
const REQUESTS: EvaluateRequest[] = [
  BENCH_REQUEST_FACTS,
  BENCH_REQUEST_FACTORS,
  {
    ...BENCH_REQUEST_FACTS,
    tier: "core",
    facts: {
      xinchuang: { os: "centos-7", database: "sqlite", crypto: "sm-tlcp" },
      goProficiency: { servicesLast6m: 0, levels: { junior: 3, mid: 1, senior: 0 } },
      couplingInverse: { dependencies: [{ kind: "shared-database", count: 4 }] },
    },
    scenario: { ...BENCH_REQUEST_FACTS.scenario, crossBorder: true, memoryLimitMb: 256, district: "binhai" },
    extraFeatures: { district: "binhai", procurementCycle: "Q3", teamMood: 3 },
    weights: { xinchuang: 0.5, goProficiency: 0.3, couplingInverse: 0.2 },
  },
];
// The go.mod step's keys too: the sample scan, answered without CGO (so the override shows).
REQUESTS.push({ ...BENCH_REQUEST_FACTS, scenario: { ...BENCH_REQUEST_FACTS.scenario, cgo: false }, gomodScan: sampleScan() });
const TRACES = REQUESTS.map((request) => evaluate(request, reference).trace);

/** Keys whose nested keys are printed with labels (not free-form names, not lists printed by shape). */
function keysOf(record: Record<string, unknown>): string[] {
  return Object.entries(record).flatMap(([key, value]) => {
    const nested = value !== null && typeof value === "object" && !Array.isArray(value) && key !== "extraFeatures";
    return [key, ...(nested ? keysOf(value as Record<string, unknown>) : [])];
  });
}

describe("trace labels: one per key, shared by the result page and the PDF", () => {
  it("labels every key the engine emits, on every node", () => {
    const keys = new Set(TRACES.flat().flatMap((step) => [...keysOf(step.inputs), ...keysOf(step.outputs)]));
    expect(keys.size).toBeGreaterThan(40);
    const hidden = [...keys].filter((key) => traceRows({ [key]: null }).length === 0);
    expect(hidden).toEqual(["decisionLabel"]); // repeats `decision` in words
    const unlabelled = [...keys].filter((key) => !hidden.includes(key) && labelOf(key) === key);
    expect(unlabelled).toEqual([]);
  });

  it("uses the precise term where the page and the report used to differ", () => {
    expect(
      Object.fromEntries(
        ["syncMode", "district", "value", "servicesLast6m", "levelAdjustment", "dependencies", "floored", "decision", "routedToManualReview", "consistencyMet", "matchedBy", "cgo", "cards"].map((key) => [key, labelOf(key)]),
      ),
    ).toEqual({
      syncMode: "数据同步方式",
      district: "所在区（不参与决策）",
      value: "换算结果",
      servicesLast6m: "近半年上线 Go 服务数",
      levelAdjustment: "级别调整",
      dependencies: "外部依赖",
      floored: "触及下限（0.11）",
      decision: "最终决策",
      routedToManualReview: "已由校验节点转人工评审",
      consistencyMet: "满足一致性要求",
      matchedBy: "匹配依据",
      cgo: "CGO_ENABLED=1",
      cards: "适用卡片",
    });
  });

  it("prints an unknown key as it is, so a new engine field shows up", () => {
    expect(traceRows({ newField: 2 })).toEqual([{ key: "newField", label: "newField", value: "2" }]);
  });
});

describe("trace values", () => {
  it("labels codes, and writes durations, factors and scores as elsewhere", () => {
    expect(formatTraceValue("tier", "core")).toBe("核心");
    expect(formatTraceValue("syncMode", "semi-sync-wal")).toBe("半同步 + WAL 流式复制");
    expect(formatTraceValue("rtoMaxSeconds", 900)).toBe("15 分钟");
    expect(formatTraceValue("weights", { xinchuang: 0.4, goProficiency: 0.35, couplingInverse: 0.25 })).toBe("信创适配度 0.40；Go 熟练度 0.35；系统独立性（耦合度倒数） 0.25");
    expect(formatTraceValue("score", 0.8)).toBe("0.800");
    expect(formatTraceValue("levelAdjustment", 0)).toBe("±0.00");
    expect(formatTraceValue("combinationId", 3)).toBe("#3");
    expect(formatTraceValue("cpuAssessed", false)).toBe("否");
  });

  it("tells an unanswered input from a database left out of the average", () => {
    expect(formatTraceValue("crossBorder", null)).toBe("未填写");
    expect(formatTraceValue("databaseScore", null)).toBe("不计入");
  });

  it("prints lists by their shape", () => {
    expect(formatTraceValue("dependencies", [{ kind: "internal-http", count: 2 }, { kind: "message-queue", count: 1 }])).toBe("内部 HTTP 接口 × 2；消息队列主题 × 1");
    expect(formatTraceValue("refused", [{ name: "district", featureId: "district", reason: "伪相关" }])).toBe("district：伪相关");
    expect(formatTraceValue("unused", ["a", "b"])).toBe("a、b");
    expect(formatTraceValue("cards", ["x"], { cardTitles: { x: "标题" } })).toBe("标题");
    expect(formatTraceValue("cards", [])).toBe("无");
  });

  it("keeps the architect's own feature names as typed", () => {
    expect(formatTraceValue("extraFeatures", { district: "binhai", note: null })).toBe("district = binhai；note = null");
    expect(formatExtraFeatures({})).toBe("无");
    expect(formatDependencies([{ kind: undefined, count: undefined }])).toBe("? × ?");
  });

  it("never prints a raw object or a missing value as code", () => {
    for (const step of TRACES.flat()) {
      for (const row of [...traceRows(step.inputs), ...traceRows(step.outputs)]) {
        expect(row.value, `${step.node}.${row.key}`).not.toMatch(/\[object|undefined|NaN/);
      }
    }
  });
});

describe("the pruning step's decision rows", () => {
  const pruningRows = (request: EvaluateRequest) => {
    const step = evaluate(request, reference).trace.find((s) => s.node === "pruning")!;
    return traceRows(step.outputs).map(({ label, value }) => `${label} ${value}`);
  };
  const manualByThresholds: EvaluateRequest = { ...BENCH_REQUEST_FACTORS, factors: { xinchuang: 0.9, goProficiency: 0.5, couplingInverse: 0.9 } };

  it("a threshold decision nobody changed is one row, next to 已由校验节点转人工评审 否", () => {
    const rows = pruningRows(manualByThresholds);
    expect(rows.filter((row) => row.includes("人工协同评审"))).toEqual(["最终决策（即阈值决策） 人工协同评审"]);
    expect(rows).toContain("已由校验节点转人工评审 否");
    expect(rows.some((row) => row.startsWith("阈值决策"))).toBe(false);
  });

  it("a decision the validation node changed shows both, each once", () => {
    const rows = pruningRows({ ...BENCH_REQUEST_FACTORS, extraFeatures: { district: "binhai" } });
    expect(rows.filter((row) => row.startsWith("阈值决策"))).toEqual(["阈值决策 自动化裁剪流水线"]);
    expect(rows.filter((row) => row.startsWith("最终决策"))).toEqual(["最终决策 人工协同评审"]);
    expect(rows).toContain("已由校验节点转人工评审 是");
  });

  it("no trace step repeats a label", () => {
    for (const request of [...REQUESTS, manualByThresholds]) {
      for (const step of evaluate(request, reference).trace) {
        const labels = traceRows(step.outputs).map((row) => row.label);
        expect(new Set(labels).size, step.node).toBe(labels.length);
      }
    }
  });
});

describe("stepSummary: one line per decision-path step", () => {
  const reference = loadReferenceData(process.cwd());
  const result = evaluate(BENCH_REQUEST_FACTS, reference);
  const byNode = (node: string) => result.trace.filter((step) => step.node === node);

  it("says what each node decided, from its outputs", () => {
    expect(stepSummary(byNode("root")[0]!)).toBe("重要：RTO ≤ 2 小时 · RPO ≤ 5 分钟 · 半同步 + WAL 流式复制");
    expect(stepSummary(byNode("validation")[0]!)).toBe("没有需要拒绝的附加特征");
    expect(byNode("normalizer").map((step) => stepSummary(step))).toEqual(["信创适配度 = 0.92", "Go 熟练度 = 0.86", "系统独立性（耦合度倒数） = 0.78"]);
    expect(stepSummary(byNode("pruning")[0]!)).toBe("得分 0.864 → 自动化裁剪流水线");
    expect(stepSummary(byNode("leaf")[0]!)).toBe("技术栈组合 #6（只保证最终一致）");
    expect(stepSummary(byNode("architecture")[0]!)).toBe("政务低代码后端（Go ≥ 1.19）");
    const titles = Object.fromEntries(reference.knowledgeCards.map((card) => [card.id, card.title]));
    expect(stepSummary(byNode("knowledge")[0]!, { cardTitles: titles })).toContain("Go 1.22 调度器");
  });
});
