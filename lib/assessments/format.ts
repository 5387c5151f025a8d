/**
 * The one formatter of the result page and the PDF report, so a figure or a trace label reads the
 * same on screen and on paper. Plain TypeScript with no React: the client result page and the
 * server-side PDF renderer both import it.
 *
 * Durations follow the seed's table (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1: 15 分钟 / 2 小时 / 24 小时, 0 秒 / 5 分钟 /
 * 60 分钟); factors and weights keep two decimals (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2: 0.92, 0.40). A trace node's
 * `inputs` / `outputs` (open records, lib/domain/decision-codes.ts) become labelled Chinese rows:
 * every key the engine emits has one label here (format.test.ts checks); an unknown key is printed
 * as it is, so a new engine field shows up instead of vanishing. Value labels come from
 * TRACE_VALUE_LABELS.
 */
import {
  ARCHITECTURE_TYPE_LABELS,
  DECISION_LABELS,
  FACTOR_LABELS,
  FACTORS,
  SYNC_MODE_LABELS,
  TIER_LABELS,
  TRACE_VALUE_LABELS,
  type ArchitectureType,
  type Decision,
  type SyncMode,
  type Tier,
} from "@/lib/domain/catalog";
import type { TraceStep } from "@/lib/domain/decision-codes";
import { COUPLING_INVERSE_FLOOR } from "@/lib/decision/normalizers/coupling-inverse";

/**
 * Whole hours from 2 h up ("2 小时", "24 小时"), otherwise whole minutes ("15 分钟", "60 分钟"),
 * otherwise seconds ("0 秒", "45 秒"); "—" for nonsense.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "—";
  const s = Math.round(seconds);
  if (s >= 7200 && s % 3600 === 0) return `${s / 3600} 小时`;
  if (s > 0 && s % 60 === 0) return `${s / 60} 分钟`;
  return `${s} 秒`;
}

/** An RTO/RPO ceiling: "≤ 2 小时"; an RPO of 0 reads "= 0 秒" (no data loss may occur at all). */
export function formatBound(seconds: number): string {
  return seconds === 0 ? `= ${formatDuration(0)}` : `≤ ${formatDuration(seconds)}`;
}

/**
 * "RTO ≤ 15 分钟 · RPO = 0 · 同步复制 + 多活", the one-line summary of a tier in the questionnaire.
 * It writes a zero RPO as the seed's table does ("RPO = 0"), without the unit the reports add.
 */
export function continuityText(node: { rtoMaxSeconds: number; rpoMaxSeconds: number; syncMode: SyncMode }): string {
  const rpo = node.rpoMaxSeconds === 0 ? "RPO = 0" : `RPO ${formatBound(node.rpoMaxSeconds)}`;
  return `RTO ${formatBound(node.rtoMaxSeconds)} · ${rpo} · ${SYNC_MODE_LABELS[node.syncMode]}`;
}

/** A factor, a weight or a normalizer coefficient: two decimals (0.92, 0.40, 1.02). */
export function formatFactor(value: number): string {
  return value.toFixed(2);
}

/**
 * The pruning score: three decimals, because a weight (two) times a factor (two) needs them
 * (0.40 × 0.92 = 0.368). The engine keeps four; three are enough to see a change.
 */
export function formatScore(value: number): string {
  return value.toFixed(3);
}

/**
 * A signed difference with two decimals: a factor's distance to its threshold, or the team-level
 * adjustment of Go 熟练度. "+0.22", "−0.05"; anything that rounds to zero is "±0.00", because a
 * factor exactly on its threshold is neither above nor below it (it passes: the bound is inclusive).
 */
export function formatDistance(value: number): string {
  if (Math.abs(value) < 0.005) return "±0.00";
  return `${value > 0 ? "+" : "−"}${Math.abs(value).toFixed(2)}`;
}

/** Any other number: at most four decimals (the engine's precision), no trailing zeros. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return String(Math.round(value * 10_000) / 10_000);
}

// ── The decision trace ────────────────────────────────────────────────────────────────────────

const NONE = "无";
const NOT_ANSWERED = "未填写";

const TRACE_KEY_LABELS: Readonly<Record<string, string>> = {
  // root (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1)
  tier: "业务连续性等级",
  rtoMaxSeconds: "RTO 上限",
  rpoMaxSeconds: "RPO 上限",
  syncMode: "数据同步方式",
  // validation (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4): district is shown so the review sees it was left out
  extraFeatures: "附加特征",
  district: "所在区（不参与决策）",
  refused: "拒绝的特征",
  unused: "未使用的特征",
  routeToManualReview: "因伪相关特征要求转人工评审",
  // normalizers (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2); `value` is the factor the step derives
  value: "换算结果",
  os: "操作系统",
  database: "数据库",
  cpu: "CPU",
  crypto: "国密要求",
  osScore: "操作系统分",
  databaseScore: "数据库分",
  cpuFactor: "CPU 系数",
  cpuAssessed: "已评估 CPU",
  servicesLast6m: "近半年上线 Go 服务数",
  levels: "团队构成",
  junior: "初级",
  mid: "中级",
  senior: "资深",
  tableValue: "查表值",
  levelAdjustment: "级别调整",
  dependencies: "外部依赖",
  penalty: "依赖扣分",
  floored: `触及下限（${formatFactor(COUPLING_INVERSE_FLOOR)}）`,
  // pruning (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2): the threshold decision before, the final one after the manual-review cap
  factors: "因子",
  weights: "权重",
  ...FACTOR_LABELS,
  score: "得分",
  thresholdDecision: "阈值决策",
  decision: "最终决策",
  routedToManualReview: "已由校验节点转人工评审",
  // leaf (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.3)
  density: "部署密度",
  consistency: "一致性要求",
  combinationId: "技术栈组合",
  consistencyMet: "满足一致性要求",
  reason: "理由",
  // architecture (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1)
  workload: "业务形态",
  industry: "行业",
  architecture: "架构类型",
  matchedBy: "匹配依据",
  surveyRevision: "调研数据版本（每次导入或回滚加一）",
  goFloor: "Go 版本下限（含目标 CPU 的要求）",
  // knowledge cards
  crossBorder: "跨境链路",
  cgo: "CGO_ENABLED=1",
  goVersion: "Go 版本",
  memoryLimitMb: "内存上限（MB）",
  cards: "适用卡片",
  // go.mod scan (lib/decision/gomod.ts)
  knowledgeVersion: "知识库版本",
  goModule: "go.mod 的模块路径",
  scanArch: "扫描所按的 GOARCH",
  modules: "模块数",
  answeredCgo: "问卷中的 CGO 选择",
  goDirective: "go 指令",
  verdictCounts: "逐模块结论",
  cgoModules: "需要 cgo 的模块",
  cgoOverridden: "按 go.mod 改为 CGO_ENABLED=1",
  goDirectiveMeetsFloor: "go 指令满足 Go 版本下限",
  smProbe: "检查脚本探测的国密库",
  smUnmaintained: "不再维护的国密库",
  smAlternative: "持续维护的替代",
  modulesToFix: "需升级或替换的模块",
  databasesCovered: "已有驱动的数据库",
};

/** Values of the go.mod step that are codes of the knowledge base, not of the catalog. */
const GOMOD_VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  databasesCovered: {
    dm: "达梦（DM）",
    kingbase: "人大金仓（KingbaseES）",
    opengauss: "openGauss/GaussDB",
    oceanbase: "OceanBase",
    "tidb-mysql": "TiDB/MySQL",
    postgresql: "PostgreSQL",
    sqlite: "SQLite",
  },
};

/** Outputs that repeat another output in other words (decisionLabel = the label of decision). */
const HIDDEN_KEYS: ReadonlySet<string> = new Set(["decisionLabel"]);
const SECONDS_KEYS: ReadonlySet<string> = new Set(["rtoMaxSeconds", "rpoMaxSeconds"]);
/** Factors, weights and the normalizers' table values and coefficients, as the seed writes them. */
const RATIO_KEYS: ReadonlySet<string> = new Set([...FACTORS, "value", "tableValue", "osScore", "databaseScore", "cpuFactor", "penalty"]);
/** What a null means where it does not mean "not answered": SQLite or no database is left out of the average. */
const NULL_TEXT: Readonly<Record<string, string>> = { databaseScore: "不计入" };

export interface TraceValueContext {
  /** Knowledge-card titles by id, so `cards` reads as titles; without them the ids show. */
  cardTitles?: Readonly<Record<string, string>>;
}

interface TraceRow {
  key: string;
  label: string;
  value: string;
}

export function formatYesNo(value: boolean): string {
  return value ? "是" : "否";
}

/** "内部 HTTP 接口 × 2；消息队列主题 × 1"; "?" for a part not given yet. */
export function formatDependencies(dependencies: readonly { kind?: string; count?: number }[]): string {
  if (dependencies.length === 0) return NONE;
  return dependencies
    .map((d) => `${d.kind === undefined ? "?" : (TRACE_VALUE_LABELS.kind?.[d.kind] ?? d.kind)} × ${d.count ?? "?"}`)
    .join("；");
}

/** Extra features as typed by the architect ("procurementCycle = Q3"): free-form names, never matched to labels. */
export function formatExtraFeatures(features: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(features);
  if (entries.length === 0) return NONE;
  return entries.map(([name, value]) => `${name} = ${value === null ? "null" : String(value)}`).join("；");
}

function labelOf(key: string): string {
  return TRACE_KEY_LABELS[key] ?? key;
}

function formatNumberAt(key: string, value: number): string {
  if (SECONDS_KEYS.has(key)) return formatDuration(value);
  if (RATIO_KEYS.has(key)) return formatFactor(value);
  if (key === "score") return formatScore(value);
  if (key === "levelAdjustment") return formatDistance(value);
  if (key === "combinationId") return `#${value}`;
  return formatNumber(value);
}

/** A refused feature: "district：行政区划代码与采购周期伪相关…" (the name as typed, then why). */
function refusedText(item: unknown): string {
  const { name, reason } = (item ?? {}) as { name?: unknown; reason?: unknown };
  return `${String(name ?? "?")}：${String(reason ?? "")}`;
}

/** One value as one line: records become "标签 值；…", lists of names "a、b". */
export function formatTraceValue(key: string, value: unknown, context: TraceValueContext = {}): string {
  if (value === null || value === undefined) return NULL_TEXT[key] ?? NOT_ANSWERED;
  if (typeof value === "boolean") return formatYesNo(value);
  if (typeof value === "number") return formatNumberAt(key, value);
  if (typeof value === "string") {
    if (key === "cards") return context.cardTitles?.[value] ?? value;
    return TRACE_VALUE_LABELS[key]?.[value] ?? GOMOD_VALUE_LABELS[key]?.[value] ?? value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return NONE;
    if (key === "dependencies") return formatDependencies(value as { kind?: string; count?: number }[]);
    if (key === "refused") return value.map(refusedText).join("；");
    return value.map((item) => formatTraceValue(key, item, context)).join("、");
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (key === "extraFeatures") return formatExtraFeatures(record);
    const entries = Object.entries(record);
    if (entries.length === 0) return NONE;
    return entries.map(([k, v]) => `${labelOf(k)} ${formatTraceValue(k, v, context)}`).join("；");
  }
  return String(value);
}

/** The decision when the validation node left the threshold decision as it was: one row, not two. */
const UNCHANGED_DECISION_LABEL = "最终决策（即阈值决策）";

/**
 * A trace record's entries as label/value rows, in the engine's order. The pruning node's
 * threshold decision is shown only when the validation node changed it (routedToManualReview);
 * otherwise it equals the final decision and one row says both.
 */
export function traceRows(record: Readonly<Record<string, unknown>>, context: TraceValueContext = {}): TraceRow[] {
  const unchanged = "thresholdDecision" in record && "decision" in record && record.thresholdDecision === record.decision;
  return Object.entries(record)
    .filter(([key]) => !HIDDEN_KEYS.has(key) && !(unchanged && key === "thresholdDecision"))
    .map(([key, value]) => ({
      key,
      label: unchanged && key === "decision" ? UNCHANGED_DECISION_LABEL : labelOf(key),
      value: formatTraceValue(key, value, context),
    }));
}

/**
 * One line per decision-path step, "what it decided", for the collapsed path (the rule, inputs
 * and outputs open beneath it). Built from the step's outputs, so it says nothing they do not.
 */
export function stepSummary(step: TraceStep, context: TraceValueContext = {}): string {
  const o = step.outputs as Record<string, unknown>;
  switch (step.node) {
    case "root":
      return `${TIER_LABELS[o.tier as Tier] ?? String(o.tier)}：${continuityText(o as { rtoMaxSeconds: number; rpoMaxSeconds: number; syncMode: SyncMode })}`;
    case "validation": {
      const refused = (o.refused as unknown[] | undefined)?.length ?? 0;
      return refused > 0 ? `拒绝 ${refused} 个伪相关特征，转人工协同评审` : "没有需要拒绝的附加特征";
    }
    case "normalizer":
      return typeof o.value === "number" ? `${step.title.replace(/^换算：/, "")} = ${formatFactor(o.value)}` : step.title;
    case "pruning":
      return `得分 ${typeof o.score === "number" ? formatScore(o.score) : "—"} → ${DECISION_LABELS[o.decision as Decision] ?? String(o.decision)}`;
    case "leaf":
      return `技术栈组合 #${String(o.combinationId)}${o.consistencyMet === false ? "（只保证最终一致）" : ""}`;
    case "architecture":
      return `${ARCHITECTURE_TYPE_LABELS[o.architecture as ArchitectureType] ?? String(o.architecture)}（Go ≥ ${String(o.goFloor)}）`;
    case "knowledge": {
      const cards = (o.cards as string[] | undefined) ?? [];
      return cards.length === 0 ? "没有适用的知识卡片" : cards.map((id) => context.cardTitles?.[id] ?? id).join("；");
    }
    case "gomod":
      return typeof o.verdictCounts === "string" ? o.verdictCounts : step.title;
    default:
      return step.title;
  }
}
