/**
 * Plain-language text for results: durations as the seed writes them (seed 001 §4.1 table:
 * 15 min / 2 h / 24 h, 0 s / 5 min / 60 min), factor values with two decimals (seed 001 §4.2),
 * and trace inputs/outputs as short readable strings.
 */
import {
  TRACE_VALUE_LABELS,
  FACTOR_LABELS,
  SYNC_MODE_LABELS,
} from "@/lib/domain/catalog";

/** "RTO ≤ 15 分钟 · RPO = 0 · 同步复制 + 多活" (seed 001 §4.1). */
export function continuityText(node: { rtoMaxSeconds: number; rpoMaxSeconds: number; syncMode: keyof typeof SYNC_MODE_LABELS }): string {
  const rpo = node.rpoMaxSeconds === 0 ? "RPO = 0" : `RPO ≤ ${formatDuration(node.rpoMaxSeconds)}`;
  return `RTO ≤ ${formatDuration(node.rtoMaxSeconds)} · ${rpo} · ${SYNC_MODE_LABELS[node.syncMode]}`;
}

/**
 * As the seed's table writes them (§4.1): whole hours from 2 h up ("2 小时", "24 小时"), otherwise
 * whole minutes ("15 分钟", "60 分钟"), otherwise seconds ("0 秒", "45 秒"); "—" for nonsense.
 * The result page and the PDF report both use this.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "—";
  const s = Math.round(seconds);
  if (s >= 7200 && s % 3600 === 0) return `${s / 3600} 小时`;
  if (s > 0 && s % 60 === 0) return `${s / 60} 分钟`;
  return `${s} 秒`;
}

export function formatFactor(value: number): string {
  return value.toFixed(2);
}

/** Scores are kept to 4 decimals by the engine; show 3, enough to see a change. */
export function formatScore(value: number): string {
  return value.toFixed(3);
}

/** Signed distance to a threshold: "+0.22" / "−0.05" / "±0.00". */
export function formatDistance(distance: number): string {
  if (Math.abs(distance) < 0.005) return "±0.00";
  return `${distance > 0 ? "+" : "−"}${Math.abs(distance).toFixed(2)}`;
}

/** Chinese names of the keys the trace uses (lib/decision/evaluate.ts). Unknown keys show as is. */
export const TRACE_KEY_LABELS: Record<string, string> = {
  tier: "业务连续性等级",
  rtoMaxSeconds: "RTO 上限",
  rpoMaxSeconds: "RPO 上限",
  syncMode: "同步方式",
  extraFeatures: "附加特征",
  district: "所在区（不参与决策）",
  refused: "拒绝的特征",
  unused: "未使用的特征",
  routeToManualReview: "转人工评审",
  os: "操作系统",
  database: "数据库",
  cpu: "CPU",
  crypto: "国密要求",
  value: "结果",
  osScore: "操作系统分",
  databaseScore: "数据库分",
  cpuFactor: "CPU 系数",
  cryptoFactor: "国密系数",
  cpuAssessed: "已评估 CPU",
  servicesLast6m: "近半年上线 Go 服务数",
  levels: "团队构成",
  tableValue: "查表值",
  levelAdjustment: "级别调整",
  dependencies: "依赖",
  penalty: "依赖扣分",
  floored: "触及下限",
  factors: "因子",
  weights: "权重",
  score: "得分",
  thresholdDecision: "阈值决策",
  decision: "决策",
  decisionLabel: "决策",
  routedToManualReview: "转人工评审",
  density: "部署密度",
  consistency: "一致性要求",
  combinationId: "技术栈组合",
  consistencyMet: "满足一致性",
  reason: "理由",
  workload: "业务形态",
  industry: "行业",
  architecture: "架构类型",
  matchedBy: "匹配依据",
  crossBorder: "跨境链路",
  cgo: "CGO",
  goVersion: "Go 版本",
  memoryLimitMb: "内存上限（MB）",
  cards: "知识卡片",
  junior: "初级",
  mid: "中级",
  senior: "资深",
  kind: "类型",
  count: "数量",
  xinchuang: FACTOR_LABELS.xinchuang,
  goProficiency: FACTOR_LABELS.goProficiency,
  couplingInverse: FACTOR_LABELS.couplingInverse,
};

const SECONDS_KEYS = new Set(["rtoMaxSeconds", "rpoMaxSeconds"]);

/** One trace value as short text; nested objects as "键 值，键 值". */
export function formatTraceValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "number") {
    if (SECONDS_KEYS.has(key)) return formatDuration(value);
    if (key === "combinationId") return `#${value}`;
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e4) / 1e4);
  }
  if (typeof value === "string") return TRACE_VALUE_LABELS[key]?.[value] ?? value;
  if (Array.isArray(value)) {
    if (value.length === 0) return "无";
    return value.map((item) => formatTraceValue(key === "dependencies" ? "dependency" : key, item)).join("；");
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "无";
    return entries.map(([k, v]) => `${TRACE_KEY_LABELS[k] ?? k} ${formatTraceValue(k, v)}`).join("，");
  }
  return String(value);
}

/** A trace record's entries as label/value rows. */
export function traceRows(record: Record<string, unknown>): { key: string; label: string; value: string }[] {
  return Object.entries(record).map(([key, value]) => ({
    key,
    label: TRACE_KEY_LABELS[key] ?? key,
    value: formatTraceValue(key, value),
  }));
}
