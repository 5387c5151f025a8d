/**
 * Backtest (seed 001 §4.4): for each counter-example, would today's rules have recommended
 * differently from what the enterprise historically chose?
 *
 * Records carry the three factors and the tier, but no deployment density or consistency need,
 * so today's stack combination cannot be recomputed from a record; the row says so.
 */
import {
  DECISION_LABELS,
  ERROR_CATEGORY_LABELS,
  FACTOR_LABELS,
  FACTORS,
  type Decision,
  type ErrorCategory,
} from "@/lib/domain/catalog";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import type { RootNode } from "@/lib/validations/evaluate";
import { rootNodeForTier } from "./root";
import { thresholdDecision } from "./thresholds";
import { hasAllFactors } from "./tree-stats";

export type BacktestStatus = "differs" | "same" | "not-computable";

export interface BacktestRow {
  code: string;
  label: string;
  errorCategories: ErrorCategory[];
  errorCategoryLabels: string[];
  status: BacktestStatus;
  /** null when not computable. */
  differs: boolean | null;
  historical: { decision: Decision | null; combination: number | null };
  today: { decision: Decision; rootNode: RootNode | null; combination: null } | null;
  note: string;
}

export interface BacktestReport {
  rows: BacktestRow[];
  counterExamples: number;
  computable: number;
  differing: number;
  notComputable: number;
}

/** What today's tree does about each historical error category (seed 001 §4.4). */
const TODAY_GUARDS: Readonly<Record<ErrorCategory, string>> = Object.freeze({
  "pseudo-correlated": "今天的规则拒绝行政区划等伪相关变量，并把此类案例转人工评审",
  "tiny-leaf": "今天的树要求每个叶节点至少 10 个样本",
  "redundant-path": "今天的树最大深度为 5，中间节点只有三次二分",
  overconfident: "今天的结果附带每个因子距翻转的余量，不给单一置信度",
});

const NO_COMBINATION = "记录没有部署密度与一致性需求，今天的技术栈组合无法重算";

function notComputable(record: EnterpriseRecord, note: string): BacktestRow {
  return { ...base(record), status: "not-computable", differs: null, today: null, note };
}

function base(record: EnterpriseRecord) {
  return {
    code: record.code,
    label: record.label,
    errorCategories: record.errorCategories,
    errorCategoryLabels: record.errorCategories.map((category) => ERROR_CATEGORY_LABELS[category]),
    historical: { decision: record.historicalDecision, combination: record.historicalCombination },
  };
}

export function backtestRecord(record: EnterpriseRecord): BacktestRow {
  if (!hasAllFactors(record)) {
    const missing = FACTORS.filter((factor) => record[factor] === null).map((factor) => FACTOR_LABELS[factor]);
    return notComputable(record, `缺少${missing.join("、")}，无法按今天的规则计算`);
  }
  if (record.historicalDecision === null) {
    return notComputable(record, "缺少历史裁剪决策，无从比较");
  }
  const decision = thresholdDecision(record.xinchuang, record.goProficiency, record.couplingInverse);
  const differs = decision !== record.historicalDecision;
  const comparison = differs
    ? `历史决策为${DECISION_LABELS[record.historicalDecision]}，今天的规则为${DECISION_LABELS[decision]}`
    : `今天的规则同样得出${DECISION_LABELS[decision]}`;
  const guards = record.errorCategories.map((category) => TODAY_GUARDS[category]);
  const combination = record.historicalCombination === null ? NO_COMBINATION : `${NO_COMBINATION}（历史组合 #${record.historicalCombination}）`;
  return {
    ...base(record),
    status: differs ? "differs" : "same",
    differs,
    today: { decision, rootNode: record.tier === null ? null : { ...rootNodeForTier(record.tier) }, combination: null },
    note: [comparison, ...guards, combination].join("；"),
  };
}

/** One row per counter-example, in the order given. */
export function backtest(records: readonly EnterpriseRecord[]): BacktestReport {
  const rows = records.filter((record) => record.outcome === "counter-example").map(backtestRecord);
  const computable = rows.filter((row) => row.status !== "not-computable").length;
  return {
    rows,
    counterExamples: rows.length,
    computable,
    differing: rows.filter((row) => row.status === "differs").length,
    notComputable: rows.length - computable,
  };
}
