import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadReferenceData, loadShippedData } from "@/lib/db/shipped-data";
import { defaultComparison, diffAnswers, diffRecommendations } from "./diff";
import { evaluateAnswers } from "./evaluate-answers";
import { BINHAI_BANK_GATEWAY, CENTOS_MYSQL_LEGACY } from "./examples";
import { formatDistance, formatDuration, formatTraceValue, traceRows } from "./format";
import { selectPeers } from "./peers";
import { stepOfPath, questionOrder } from "./questions";

const root = path.resolve(__dirname, "..", "..");
const reference = loadReferenceData(root);
const resultOf = (answers: Parameters<typeof evaluateAnswers>[0]) => {
  const evaluation = evaluateAnswers(answers, reference);
  if (!evaluation.ok) throw evaluation.error;
  return evaluation.result;
};

describe("version diff", () => {
  it("lists every question and marks what changed, in Chinese", () => {
    const rows = diffAnswers(BINHAI_BANK_GATEWAY, { ...BINHAI_BANK_GATEWAY, os: "centos-7", servicesLast6m: 5 });
    const changed = rows.filter((r) => r.changed);
    expect(changed.map((r) => [r.label, r.from, r.to])).toEqual([
      ["目标操作系统", "银河麒麟 V10", "CentOS 7（非信创）"],
      ["银河麒麟 V10 服务包", "未指定服务包，按 V10 SP3 检查", "（未填写）"], // the script's assumed target goes with the OS
      ["近半年上线的 Go 服务数", "3 个", "5 个"],
    ]);
    expect(rows.find((r) => r.key === "dependencies")?.from).toBe("内部 HTTP 接口 × 2");
  });

  it("treats answers to hidden questions as unanswered, and shows expert mode", () => {
    const rows = diffAnswers(BINHAI_BANK_GATEWAY, { ...BINHAI_BANK_GATEWAY, memoryLimitMb: 99, expert: { goProficiency: true }, factors: { goProficiency: 0.9 } });
    expect(rows.find((r) => r.key === "memoryLimitMb")?.changed).toBe(false);
    expect(rows.find((r) => r.key === "servicesLast6m")).toMatchObject({ changed: true, to: "（未填写）" });
    expect(rows.find((r) => r.key === "factor-source.goProficiency")).toMatchObject({ from: "由事实推导", to: "专家模式：直接填写 0.90" });
  });

  it("compares the recommendation headline by headline", () => {
    const rows = diffRecommendations(resultOf(BINHAI_BANK_GATEWAY), resultOf({ ...BINHAI_BANK_GATEWAY, os: CENTOS_MYSQL_LEGACY.os, database: CENTOS_MYSQL_LEGACY.database }));
    const decision = rows.find((r) => r.key === "decision");
    expect(decision).toMatchObject({ changed: true, from: "自动化裁剪流水线", to: "暂缓裁剪" });
    expect(rows.find((r) => r.key === "rto")).toMatchObject({ changed: false, from: "15 分钟" });
    expect(rows.find((r) => r.key === "xinchuang")?.changed).toBe(true);
  });

  it("picks the two latest submitted versions by default", () => {
    expect(defaultComparison([1])).toBeNull();
    expect(defaultComparison([3, 1, 2])).toEqual({ from: 2, to: 3 });
  });
});

describe("formatting", () => {
  it("writes durations as the seed's table does", () => {
    expect([900, 0, 7200, 300, 86400, 3600, 45].map(formatDuration)).toEqual(["15 分钟", "0 秒", "2 小时", "5 分钟", "24 小时", "60 分钟", "45 秒"]);
  });

  it("signs distances and labels trace values", () => {
    expect(formatDistance(0.22)).toBe("+0.22");
    expect(formatDistance(-0.05)).toBe("−0.05");
    expect(formatDistance(0)).toBe("±0.00");
    expect(formatTraceValue("tier", "core")).toBe("核心");
    expect(formatTraceValue("rtoMaxSeconds", 900)).toBe("15 分钟");
    expect(traceRows({ factors: { xinchuang: 0.94 } })).toEqual([{ key: "factors", label: "因子", value: "信创适配度 0.94" }]);
  });

  it("orders field paths as the questionnaire asks them", () => {
    expect(stepOfPath("dependencies.0.count")).toBe("legacy");
    expect(stepOfPath("factors.goProficiency")).toBe("team");
    const sorted = ["tier", "team.junior", "factors.xinchuang", "systemName", "os"].sort((a, b) => questionOrder(a) - questionOrder(b));
    expect(sorted).toEqual(["systemName", "os", "factors.xinchuang", "team.junior", "tier"]);
  });
});

describe("peers", () => {
  const records = loadShippedData(root).enterprises;

  it("selects the same architecture or industry, closest first, never by district alone", () => {
    const selection = selectPeers(records, { architecture: "microservice-gateway", industry: "finance", district: "binhai" }, 50);
    expect(selection.total).toBeGreaterThan(0);
    for (const peer of selection.peers) expect(peer.sameArchitecture || peer.sameIndustry).toBe(true);
    const ranks = selection.peers.map((p) => (p.sameArchitecture && p.sameIndustry ? 0 : p.sameArchitecture ? 1 : 2));
    expect([...ranks].sort()).toEqual(ranks);
    expect(selection.peers[0]?.record.code).toBe("TJ-01");
    expect(selection.reconstructed).toBe(true);
    const outsiders = records.filter((r) => r.district === "binhai" && r.architectureType !== "microservice-gateway" && r.industry !== "finance");
    for (const outsider of outsiders) expect(selection.peers.some((p) => p.record.code === outsider.code)).toBe(false);
  });

  it("limits the list but counts every match", () => {
    const selection = selectPeers(records, { architecture: "gov-lowcode", industry: "government" }, 2);
    expect(selection.peers).toHaveLength(2);
    expect(selection.total).toBeGreaterThanOrEqual(2);
  });
});
