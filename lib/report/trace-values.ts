/**
 * Turns a trace node's `inputs` / `outputs` (open records, lib/decision/codes.ts) into labelled
 * Chinese lines. Keys the engine emits today have labels; an unknown key is printed as it is,
 * so a new engine field shows up in the report instead of vanishing.
 */
import {
  TRACE_VALUE_LABELS,
  FACTOR_LABELS,
  FACTORS,
} from "@/lib/domain/catalog";
import {
  formatDuration,
  formatNumber,
  formatRatio,
} from "./format";
import {
  TEXT,
} from "./labels";

const KEY_LABELS: Record<string, string> = {
  tier: "业务连续性等级",
  rtoMaxSeconds: "RTO 上限",
  rpoMaxSeconds: "RPO 上限",
  syncMode: "数据同步方式",
  extraFeatures: "附加特征",
  district: "所在区",
  refused: "拒绝的特征",
  unused: "未使用的特征",
  routeToManualReview: "转人工评审",
  os: "操作系统",
  database: "数据库",
  cpu: "CPU",
  crypto: "国密要求",
  value: "换算结果",
  osScore: "操作系统分",
  databaseScore: "数据库分",
  cpuFactor: "CPU 系数",
  cryptoFactor: "国密系数",
  cpuAssessed: "已评估 CPU",
  servicesLast6m: "近半年交付 Go 服务数",
  levels: "团队构成",
  junior: "初级",
  mid: "中级",
  senior: "资深",
  tableValue: "查表值",
  levelAdjustment: "级别修正",
  dependencies: "外部依赖",
  penalty: "依赖扣分",
  floored: "触底（0.11）",
  factors: "因子",
  weights: "权重",
  score: "得分",
  thresholdDecision: "阈值决策",
  decision: "最终决策",
  decisionLabel: "决策",
  routedToManualReview: "已转人工评审",
  density: "部署密度",
  consistency: "一致性要求",
  combinationId: "技术栈组合",
  consistencyMet: "满足一致性要求",
  reason: "理由",
  workload: "业务形态",
  industry: "行业",
  architecture: "架构类型",
  matchedBy: "匹配方式",
  crossBorder: "跨境链路",
  cgo: "CGO_ENABLED=1",
  goVersion: "Go 版本",
  memoryLimitMb: "内存上限（MB）",
  cards: "适用卡片",
  name: "名称",
  featureId: "登记项",
  kind: "类型",
  count: "数量",
  ...FACTOR_LABELS,
};

/** Factor values and weights print with two decimals, as the seed writes them (0.92, 0.40). */
const FACTOR_KEYS: ReadonlySet<string> = new Set(FACTORS);
/** Outputs that repeat another output in other words (decisionLabel = label of decision). */
const HIDDEN_KEYS: ReadonlySet<string> = new Set(["decisionLabel"]);

export interface TraceLine {
  label: string;
  value: string;
}

export interface TraceValueContext {
  /** Knowledge-card titles by id, so `cards` prints titles. */
  cardTitles: Record<string, string>;
}

export function traceKeyLabel(key: string): string {
  return KEY_LABELS[key] ?? key;
}

function formatScalar(key: string, value: unknown, context: TraceValueContext): string {
  if (value === null || value === undefined) return TEXT.notAnswered;
  if (typeof value === "boolean") return value ? TEXT.yes : TEXT.no;
  if (typeof value === "number") {
    if (key === "rtoMaxSeconds" || key === "rpoMaxSeconds") return formatDuration(value);
    if (FACTOR_KEYS.has(key)) return formatRatio(value);
    if (key === "combinationId") return `#${value}`;
    return formatNumber(value);
  }
  if (typeof value === "string") {
    if (key === "cards") return context.cardTitles[value] ?? value;
    return TRACE_VALUE_LABELS[key]?.[value] ?? value;
  }
  return String(value);
}

/** One value, flattened to a line: objects become "标签 值；…", arrays "a、b". */
export function formatTraceValue(key: string, value: unknown, context: TraceValueContext): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return TEXT.none;
    if (key === "dependencies") {
      return value
        .map((d: { kind?: string; count?: number }) => `${formatScalar("kind", d.kind, context)} × ${d.count ?? "?"}`)
        .join("；");
    }
    return value.map((item) => formatTraceValue(key, item, context)).join(key === "refused" ? "；" : "、");
  }
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (key === "refused" && typeof record.name === "string") {
      return `${record.name}：${typeof record.reason === "string" ? record.reason : ""}`;
    }
    const entries = Object.entries(record);
    if (entries.length === 0) return TEXT.none;
    if (key === "extraFeatures") {
      // Free-form names typed by the architect: print them as given, never as known labels.
      return entries.map(([k, v]) => `${k} = ${v === null ? "null" : String(v)}`).join("；");
    }
    return entries.map(([k, v]) => `${traceKeyLabel(k)} ${formatTraceValue(k, v, context)}`).join("；");
  }
  return formatScalar(key, value, context);
}

export function traceLines(record: Record<string, unknown>, context: TraceValueContext): TraceLine[] {
  return Object.entries(record)
    .filter(([key]) => !HIDDEN_KEYS.has(key))
    .map(([key, value]) => ({ label: traceKeyLabel(key), value: formatTraceValue(key, value, context) }));
}
