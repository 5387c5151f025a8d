/**
 * Backtest (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4): for each counter-example, would today's rules have recommended
 * differently from what the enterprise historically chose?
 *
 * Today's decision is the threshold rule on the record's three factors (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2). A record
 * offers no extra features, so the validation node's routing to manual review never acts here; and
 * it carries no deployment density or consistency need, so today's stack combination cannot be
 * recomputed; the note says so. Each note describes what happened to its own row: the checks that
 * decided it, and for each historical error category what today's tree does about it on this row.
 */
import {
  DECISION_LABELS,
  DISTRICT_LABELS,
  ERROR_CATEGORY_LABELS,
  FACTOR_LABELS,
  FACTORS,
  type Decision,
  type ErrorCategory,
} from "@/lib/domain/catalog";
import { PRUNING_THRESHOLDS, type FactorValues } from "@/lib/domain/thresholds";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import type { RootNode } from "@/lib/validations/evaluate";
import { pruningMargins } from "./margins";
import { SOURCE_SECTION, TREE_LIMITS } from "./quality";
import { rootNodeForTier } from "./root";
import { meetsThreshold, thresholdDecision } from "./thresholds";
import { hasAllFactors, LEAF_DEPTHS, leafOf, leafSizes, PRUNING_LEAVES, PRUNING_SPLITS, type PruningLeafId, type ScoredRecord } from "./tree-stats";

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
  /** What happened to this row, one clause per fact, joined by "；". */
  note: string;
}

export interface BacktestReport {
  rows: BacktestRow[];
  counterExamples: number;
  computable: number;
  differing: number;
  notComputable: number;
}

const NO_COMBINATION = "记录没有部署密度与一致性需求，今天的技术栈组合无法重算";

/** Two decimals when that is the exact value (factors are stored so), else the value itself: never rounds across a threshold. */
function factorText(value: number): string {
  const fixed = value.toFixed(2);
  return Number(fixed) === value ? fixed : String(value);
}

const THRESHOLD_TEXT = (factor: keyof FactorValues) => factorText(PRUNING_THRESHOLDS[factor]);

/** "信创适配度 0.84 ≥ 0.70" / "Go 熟练度 0.68 < 0.75". */
function check(record: FactorValues, factor: keyof FactorValues): string {
  const passes = meetsThreshold(record[factor], PRUNING_THRESHOLDS[factor]);
  return `${FACTOR_LABELS[factor]} ${factorText(record[factor])} ${passes ? "≥" : "<"} ${THRESHOLD_TEXT(factor)}`;
}

/** The threshold checks today's rule actually makes on this record, in order, and where it lands. */
function todaysPath(record: FactorValues, decision: Decision): string {
  const checks = PRUNING_SPLITS.slice(0, LEAF_DEPTHS[leafOf(record)]).map((split) => check(record, split.id));
  return `今天的规则：${checks.join("，")} → ${DECISION_LABELS[decision]}`;
}

function comparison(historical: Decision, today: Decision): string {
  return historical === today
    ? `与历史决策（${DECISION_LABELS[historical]}）相同`
    : `历史决策为${DECISION_LABELS[historical]}，今天改判为${DECISION_LABELS[today]}`;
}

interface RowContext {
  leafSizes: Record<PruningLeafId, number>;
}

/** What today's tree does about one historical error category, on this row only. */
function guard(category: ErrorCategory, record: ScoredRecord, context: RowContext): string {
  const leaf = leafOf(record);
  switch (category) {
    case "pseudo-correlated":
      return `当年用到的伪相关变量今天不是决策输入：今天只按三个因子判定，记录中的所在区（${DISTRICT_LABELS[record.district]}）只用于同区企业对比`;
    case "tiny-leaf": {
      const size = context.leafSizes[leaf];
      const verdict = size >= TREE_LIMITS.minSamplesLeaf ? "达到" : "低于";
      return (
        `本案今天落在叶节点「${PRUNING_LEAVES[leaf]}」，库中三个因子齐全的记录有 ${size} 条落在该叶，` +
        `${verdict}${SOURCE_SECTION}的叶节点最少样本数 ${TREE_LIMITS.minSamplesLeaf}（质量检查，今天的引擎不因样本少合并叶节点）`
      );
    }
    case "redundant-path":
      return `今天的中间节点对本案做了 ${LEAF_DEPTHS[leaf]} 次二分（最多 ${PRUNING_SPLITS.length} 次，${SOURCE_SECTION}的最大深度上限为 ${TREE_LIMITS.maxDepth}）`;
    case "overconfident": {
      const margins = pruningMargins(record).map((m) => `${FACTOR_LABELS[m.factor]} ${m.distance >= 0 ? "+" : "−"}${factorText(Math.abs(m.distance))}`);
      return `今天的结果不给单一置信度，而给出每个因子距阈值的余量：${margins.join("，")}`;
    }
  }
}

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

function backtestRecord(record: EnterpriseRecord, context: RowContext): BacktestRow {
  if (!hasAllFactors(record)) {
    const missing = FACTORS.filter((factor) => record[factor] === null).map((factor) => FACTOR_LABELS[factor]);
    return notComputable(record, `缺少${missing.join("、")}，无法按今天的规则计算`);
  }
  if (record.historicalDecision === null) {
    return notComputable(record, "缺少历史裁剪决策，无从比较");
  }
  const decision = thresholdDecision(record.xinchuang, record.goProficiency, record.couplingInverse);
  const differs = decision !== record.historicalDecision;
  const guards = record.errorCategories.map((category) => guard(category, record, context));
  const combination = record.historicalCombination === null ? NO_COMBINATION : `${NO_COMBINATION}（历史组合 #${record.historicalCombination}）`;
  return {
    ...base(record),
    status: differs ? "differs" : "same",
    differs,
    today: { decision, rootNode: record.tier === null ? null : { ...rootNodeForTier(record.tier) }, combination: null },
    note: [todaysPath(record, decision), comparison(record.historicalDecision, decision), ...guards, combination].join("；"),
  };
}

/**
 * One row per counter-example, in the order given. Leaf sizes in the notes are counted over all
 * `records`, exactly as the tree-quality checks count them.
 */
export function backtest(records: readonly EnterpriseRecord[]): BacktestReport {
  const context: RowContext = { leafSizes: leafSizes(records) };
  const rows = records.filter((record) => record.outcome === "counter-example").map((record) => backtestRecord(record, context));
  const computable = rows.filter((row) => row.status !== "not-computable").length;
  return {
    rows,
    counterExamples: rows.length,
    computable,
    differing: rows.filter((row) => row.status === "differs").length,
    notComputable: rows.length - computable,
  };
}
