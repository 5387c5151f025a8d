/**
 * Tree limits and quality thresholds over the survey records (seed 001 §4.4): what the data
 * allows us to compute, each metric with its threshold and pass / fail / not computable.
 */
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import { thresholdDecision } from "./thresholds";
import {
  countOutcomes,
  gini,
  groupByLeaf,
  hasAllFactors,
  informationGain,
  misclassified,
  NODE_DEPTHS,
  PRUNING_LEAVES,
  PRUNING_SPLITS,
  type OutcomeCounts,
  type PruningLeafId,
  type ScoredRecord,
} from "./tree-stats";

/** seed 001 §4.4 figures. */
export const TREE_LIMITS = Object.freeze({
  maxDepth: 5,
  minSamplesLeaf: 10,
  ccpAlpha: 0.01,
  maxLeafGini: 0.18,
  minInformationGainBits: 0.09,
  minGeneralisation: 0.89,
});

export type MetricStatus = "pass" | "fail" | "not-computable";
export type QualityMetricKey = "max-depth" | "min-samples-leaf" | "ccp-alpha" | "leaf-gini" | "information-gain" | "generalisation";

export interface QualityDetail {
  id: string;
  label: string;
  value: number | null;
  samples: number;
  status: MetricStatus;
  reason: string | null;
}

export interface QualityMetric {
  key: QualityMetricKey;
  label: string;
  comparator: "<=" | ">=";
  threshold: number;
  /** The worst detail (or the single value); null when nothing could be computed. */
  value: number | null;
  status: MetricStatus;
  reason: string | null;
  /** How the figure is computed. */
  note: string;
  details: QualityDetail[];
  seedSection: "seed 001 §4.4";
}

export interface TreeQualityReport {
  records: number;
  recordsWithFactors: number;
  metrics: QualityMetric[];
  allPass: boolean;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4 + 0;

function judge(value: number, comparator: "<=" | ">=", threshold: number): MetricStatus {
  return (comparator === "<=" ? value <= threshold : value >= threshold) ? "pass" : "fail";
}

function detail(id: string, label: string, value: number, samples: number, comparator: "<=" | ">=", threshold: number, empty: string): QualityDetail {
  if (Number.isNaN(value)) return { id, label, value: null, samples, status: "not-computable", reason: empty };
  return { id, label, value: round4(value), samples, status: judge(value, comparator, threshold), reason: null };
}

/** fail if any computable detail fails; not computable if any is; else pass. Value = the worst. */
function metric(
  key: QualityMetricKey,
  label: string,
  comparator: "<=" | ">=",
  threshold: number,
  details: QualityDetail[],
  note: string,
): QualityMetric {
  const values = details.flatMap((d) => (d.value === null ? [] : [d.value]));
  const value = values.length === 0 ? null : comparator === "<=" ? Math.max(...values) : Math.min(...values);
  const status: MetricStatus = details.some((d) => d.status === "fail")
    ? "fail"
    : details.some((d) => d.status === "not-computable") || details.length === 0
      ? "not-computable"
      : "pass";
  const reason = status === "not-computable" ? (details.find((d) => d.reason)?.reason ?? NO_FACTORS) : null;
  return { key, label, comparator, threshold, value, status, reason, note, details, seedSection: "seed 001 §4.4" };
}

const NO_FACTORS = "没有同时具备三个因子的记录";

const NOTES = {
  depth: "根节点、中间节点、叶节点互不依赖（任何一个的输出都不是另一个的输入），深度取三者中最长的一段：中间节点的三次二分",
  samples: "只统计同时具备三个因子的记录，按今天的阈值落到中间节点的四个叶子",
  ccp: "有效 α =（该分裂作为叶子时的误分数 − 其子树各叶子误分数之和）÷ 记录总数 ÷（子树叶子数 − 1），按选型结果（成功/反例）计；低于 0.01 的分裂会被代价复杂度剪枝剪掉",
  gini: "按选型结果（成功/反例）计算每个叶子的基尼不纯度",
  gain: "按选型结果（成功/反例）计算每次分裂前后的熵差",
  generalisation: "成功案例中，今天的阈值规则复现其历史裁剪决策的比例（不含缺少因子或历史决策的记录）",
} as const;

function splitCounts(groups: Record<PruningLeafId, ScoredRecord[]>, leaves: readonly PruningLeafId[]) {
  const [failLeaf, ...passLeaves] = leaves as [PruningLeafId, ...PruningLeafId[]];
  const fail = countOutcomes(groups[failLeaf]);
  const pass = countOutcomes(passLeaves.flatMap((leaf) => groups[leaf]));
  return { pass, fail, passLeaves };
}

const DEPTH_LABELS: Record<keyof typeof NODE_DEPTHS, string> = {
  root: "根节点（等级查表）",
  pruning: "中间节点（三次二分）",
  leaf: "叶节点（密度 × 一致性查表）",
};

function depthDetails(): QualityDetail[] {
  return (Object.keys(NODE_DEPTHS) as (keyof typeof NODE_DEPTHS)[]).map((id) =>
    detail(id, DEPTH_LABELS[id], NODE_DEPTHS[id], 0, "<=", TREE_LIMITS.maxDepth, ""),
  );
}

function ccpDetails(groups: Record<PruningLeafId, ScoredRecord[]>, n: number): QualityDetail[] {
  return PRUNING_SPLITS.map((split) => {
    const { pass, fail } = splitCounts(groups, split.leaves);
    const node: OutcomeCounts = { success: pass.success + fail.success, counter: pass.counter + fail.counter };
    const subtree = split.leaves.reduce((sum, leaf) => sum + misclassified(countOutcomes(groups[leaf])), 0);
    const alpha = n === 0 ? Number.NaN : (misclassified(node) - subtree) / n / (split.leaves.length - 1);
    const samples = node.success + node.counter;
    return detail(split.id, split.label, samples === 0 ? Number.NaN : alpha, samples, ">=", TREE_LIMITS.ccpAlpha, "没有记录到达该分裂");
  });
}

export function checkTreeQuality(records: readonly EnterpriseRecord[]): TreeQualityReport {
  const scored = records.filter(hasAllFactors);
  const n = scored.length;
  const groups = groupByLeaf(scored);
  const leafIds = Object.keys(PRUNING_LEAVES) as PruningLeafId[];
  const empty = n === 0 ? NO_FACTORS : "该叶节点没有记录";

  const samples = leafIds.map((leaf) =>
    detail(leaf, PRUNING_LEAVES[leaf], n === 0 ? Number.NaN : groups[leaf].length, groups[leaf].length, ">=", TREE_LIMITS.minSamplesLeaf, NO_FACTORS),
  );
  const ginis = leafIds.map((leaf) =>
    detail(leaf, PRUNING_LEAVES[leaf], gini(countOutcomes(groups[leaf])), groups[leaf].length, "<=", TREE_LIMITS.maxLeafGini, empty),
  );
  const gains = PRUNING_SPLITS.map((split) => {
    const { pass, fail } = splitCounts(groups, split.leaves);
    const reached = pass.success + pass.counter + fail.success + fail.counter;
    return detail(split.id, split.label, informationGain(pass, fail), reached, ">=", TREE_LIMITS.minInformationGainBits, "没有记录到达该分裂");
  });

  const judged = scored.filter((r) => r.outcome === "success" && r.historicalDecision !== null);
  const reproduced = judged.filter((r) => thresholdDecision(r.xinchuang, r.goProficiency, r.couplingInverse) === r.historicalDecision);
  const generalisation = detail(
    "reproduced",
    "今天的规则复现成功案例历史决策的比例",
    judged.length === 0 ? Number.NaN : reproduced.length / judged.length,
    judged.length,
    ">=",
    TREE_LIMITS.minGeneralisation,
    "没有同时具备三个因子与历史决策的成功记录",
  );

  const metrics = [
    metric("max-depth", "最大深度", "<=", TREE_LIMITS.maxDepth, depthDetails(), NOTES.depth),
    metric("min-samples-leaf", "叶节点最少样本数", ">=", TREE_LIMITS.minSamplesLeaf, samples, NOTES.samples),
    metric("ccp-alpha", "分裂的有效代价复杂度 α", ">=", TREE_LIMITS.ccpAlpha, ccpDetails(groups, n), NOTES.ccp),
    metric("leaf-gini", "叶节点基尼不纯度", "<=", TREE_LIMITS.maxLeafGini, ginis, NOTES.gini),
    metric("information-gain", "每次分裂的信息增益（比特）", ">=", TREE_LIMITS.minInformationGainBits, gains, NOTES.gain),
    metric("generalisation", "跨企业泛化率", ">=", TREE_LIMITS.minGeneralisation, [generalisation], NOTES.generalisation),
  ];
  return { records: records.length, recordsWithFactors: n, metrics, allPass: metrics.every((m) => m.status === "pass") };
}
