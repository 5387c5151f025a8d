/**
 * Tree limits and quality thresholds over the survey records (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4): what the data
 * allows us to compute, each metric with its exact definition, its threshold and where that
 * threshold comes from, and pass / fail / not computable.
 *
 * The tree is not fit on the records: its splits and thresholds are the article's (§4.2) and the
 * records only populate its leaves. So every figure here is in-sample by construction, and the
 * labels say so where the article's metric would need held-out data.
 */
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import { thresholdDecision } from "./thresholds";
import {
  countOutcomes,
  effectiveAlphas,
  gini,
  groupByLeaf,
  hasAllFactors,
  informationGain,
  NODE_DEPTHS,
  PRUNING_LEAVES,
  PRUNING_SPLITS,
  pruningTree,
  splitsKept,
  type PruningLeafId,
  type ScoredRecord,
} from "./tree-stats";

/** How users read the source of the §4.4 figures (named by title, never by file). */
export const SOURCE_TITLE = "《Golang 天津技术栈选型决策树（2024 京津冀版）》";
export const SOURCE_SECTION = `${SOURCE_TITLE}§4.4`;

/** 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4 figures. */
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
/** Whether the threshold is the article's own figure for this metric or the product's choice. */
export type ThresholdOrigin = "article" | "product";

export interface QualityDetail {
  id: string;
  label: string;
  value: number | null;
  samples: number;
  status: MetricStatus;
  /** Why not computable, or why the status is not the plain comparison of value and threshold. */
  reason: string | null;
}

export interface QualityMetric {
  key: QualityMetricKey;
  label: string;
  comparator: "<=" | ">=";
  threshold: number;
  thresholdOrigin: ThresholdOrigin;
  /** Where the threshold comes from, for users: the article by title and section. */
  thresholdSource: string;
  /** The worst detail (or the single value); null when nothing could be computed. */
  value: number | null;
  status: MetricStatus;
  reason: string | null;
  /** The exact definition of the figure, its threshold and the threshold's source. */
  note: string;
  details: QualityDetail[];
  seedSection: "《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4";
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

interface MetricSpec {
  key: QualityMetricKey;
  label: string;
  comparator: "<=" | ">=";
  threshold: number;
  thresholdOrigin: ThresholdOrigin;
  thresholdSource: string;
  note: string;
}

/** fail if any computable detail fails; not computable if any is; else pass. Value = the worst. */
function metric(spec: MetricSpec, details: QualityDetail[]): QualityMetric {
  const values = details.flatMap((d) => (d.value === null ? [] : [d.value]));
  const value = values.length === 0 ? null : spec.comparator === "<=" ? Math.max(...values) : Math.min(...values);
  const status: MetricStatus = details.some((d) => d.status === "fail")
    ? "fail"
    : details.some((d) => d.status === "not-computable") || details.length === 0
      ? "not-computable"
      : "pass";
  const reason = status === "not-computable" ? (details.find((d) => d.status === "not-computable")?.reason ?? NO_FACTORS) : null;
  return { ...spec, value, status, reason, details, seedSection: "《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4" };
}

const NO_FACTORS = "没有同时具备三个因子的记录";
const POPULATION = "只计三个因子齐全的记录，按今天的阈值分到中间节点的四个叶子：信创适配度 0.70、Go 熟练度 0.75、耦合度倒数 0.60，边界值计为通过";
const OUTCOME_LABEL = "按选型结果（成功 / 反例）计";
const ARTICLE = (parameter: string) => `阈值为原文（${SOURCE_SECTION}${parameter}）`;

const SPECS: Readonly<Record<QualityMetricKey, MetricSpec>> = Object.freeze({
  "max-depth": {
    key: "max-depth",
    label: "最大深度",
    comparator: "<=",
    threshold: TREE_LIMITS.maxDepth,
    thresholdOrigin: "article",
    thresholdSource: SOURCE_SECTION,
    note:
      "一段连续判断的最大层数：根节点（等级查表）1 层、中间节点最多 3 次二分、叶节点（部署密度 × 一致性查表）2 层；" +
      "三者互不依赖（任何一个的输出都不是另一个的输入），取最长的一段。" +
      `${ARTICLE("，max_depth = 5")}`,
  },
  "min-samples-leaf": {
    key: "min-samples-leaf",
    label: "叶节点最少样本数",
    comparator: ">=",
    threshold: TREE_LIMITS.minSamplesLeaf,
    thresholdOrigin: "article",
    thresholdSource: SOURCE_SECTION,
    note:
      `每个叶节点落入的记录数，取最小的一个。${POPULATION}。${ARTICLE("，min_samples_leaf = 10")}。` +
      "今天的引擎不因样本少合并叶节点：这是对库中数据的检查，不改变任何决策",
  },
  "ccp-alpha": {
    key: "ccp-alpha",
    label: "分裂的有效 α（代价复杂度剪枝）",
    comparator: ">=",
    threshold: TREE_LIMITS.ccpAlpha,
    thresholdOrigin: "article",
    thresholdSource: SOURCE_SECTION,
    note:
      "sklearn 的有效 α：α_eff(t) =（R(t) − R(T_t)）÷（T_t 的叶子数 − 1），其中 R(t) =（n_t ÷ N）× Gini(t)，" +
      `R(T_t) = 该分裂子树各叶子的（n_叶 ÷ N）× Gini(叶) 之和，N 为三个因子齐全的记录数，Gini ${OUTCOME_LABEL}（sklearn 的默认准则），` +
      "按未剪枝的树计算。是否保留按 sklearn 的最弱连接剪枝判定：反复剪掉 α_eff 最小的分裂并重算其上层分裂的 α_eff，" +
      `直到最小的 α_eff 大于 0.01；会被剪掉的分裂记为未达标。${ARTICLE("，ccp_alpha = 0.01")}`,
  },
  "leaf-gini": {
    key: "leaf-gini",
    label: "叶节点基尼不纯度",
    comparator: "<=",
    threshold: TREE_LIMITS.maxLeafGini,
    thresholdOrigin: "article",
    thresholdSource: SOURCE_SECTION,
    note: `每个叶节点的基尼不纯度 1 − p² −（1 − p）²，p 为该叶中成功案例的比例，取最大的一个；空叶无法计算。${POPULATION}。${ARTICLE("，叶节点纯度 Gini ≤ 0.18")}`,
  },
  "information-gain": {
    key: "information-gain",
    label: "每次分裂的信息增益（比特）",
    comparator: ">=",
    threshold: TREE_LIMITS.minInformationGainBits,
    thresholdOrigin: "article",
    thresholdSource: SOURCE_SECTION,
    note:
      "每次分裂的信息增益 H(父) −（n_通过 ÷ n_父）× H(通过) −（n_未通过 ÷ n_父）× H(未通过)，H 为选型结果（成功 / 反例）的熵，以 2 为底；" +
      `父节点为到达该分裂的记录，取最小的一个。${POPULATION}。${ARTICLE("，分支特征熵增 ΔH ≥ 0.09 bit")}`,
  },
  generalisation: {
    key: "generalisation",
    label: "样本内一致率（不是跨企业泛化率）",
    comparator: ">=",
    threshold: TREE_LIMITS.minGeneralisation,
    thresholdOrigin: "product",
    thresholdSource: `本产品借用${SOURCE_SECTION}“跨企业泛化率 ≥ 89%”的阈值`,
    note:
      "同时具备三个因子与历史裁剪决策的成功案例中，按今天的阈值重算的裁剪决策与其历史决策相同的比例。" +
      "这是样本内一致率，不是原文的跨企业泛化率：树的结构与阈值取自原文，不由这些记录拟合，" +
      "所以留一企业交叉验证（去掉一家、再判定这一家）得到的是同一个数，它不衡量对未见企业的泛化；重构记录是按规则构造的，与规则一致是构造使然。" +
      `阈值 0.89 借用原文跨企业泛化率的阈值（${SOURCE_SECTION}），把它用于样本内一致率是本产品的做法`,
  },
});

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

function splitCounts(groups: Record<PruningLeafId, ScoredRecord[]>, leaves: readonly PruningLeafId[]) {
  const [failLeaf, ...passLeaves] = leaves as [PruningLeafId, ...PruningLeafId[]];
  const fail = countOutcomes(groups[failLeaf]);
  const pass = countOutcomes(passLeaves.flatMap((leaf) => groups[leaf]));
  return { pass, fail };
}

const reached = (groups: Record<PruningLeafId, ScoredRecord[]>, leaves: readonly PruningLeafId[]) =>
  leaves.reduce((sum, leaf) => sum + groups[leaf].length, 0);

/** α_eff per split (unpruned tree); pass = the split survives sklearn's pruning at ccp_alpha. */
function ccpDetails(groups: Record<PruningLeafId, ScoredRecord[]>): QualityDetail[] {
  const tree = pruningTree(groups);
  const alphas = effectiveAlphas(tree);
  const kept = splitsKept(tree, TREE_LIMITS.ccpAlpha);
  return PRUNING_SPLITS.map((split) => {
    const samples = reached(groups, split.leaves);
    if (samples === 0) return detail(split.id, split.label, Number.NaN, 0, ">=", TREE_LIMITS.ccpAlpha, "没有记录到达该分裂");
    const alpha = alphas[split.id]!;
    const status: MetricStatus = kept.has(split.id) ? "pass" : "fail";
    let reason: string | null = null;
    if (status === "pass" && alpha <= TREE_LIMITS.ccpAlpha) {
      reason = `剪掉更弱的分裂后，该分裂的 α_eff 升至 ${round4(kept.get(split.id)!)}，大于 0.01，sklearn 会保留它`;
    } else if (status === "fail" && alpha > TREE_LIMITS.ccpAlpha) {
      reason = "其上层分裂会被剪掉，它随之被剪";
    }
    return { id: split.id, label: split.label, value: round4(alpha), samples, status, reason };
  });
}

/**
 * Whether today's threshold rule gives a successful record's historical decision; null when the
 * record is not judged (a counter-example, or no historical decision). Depends on this record
 * alone: nothing is fit on the others.
 */
export function reproducesHistoricalDecision(record: ScoredRecord): boolean | null {
  if (record.outcome !== "success" || record.historicalDecision === null) return null;
  return thresholdDecision(record.xinchuang, record.goProficiency, record.couplingInverse) === record.historicalDecision;
}

function agreementDetail(scored: readonly ScoredRecord[]): QualityDetail {
  const verdicts = scored.map(reproducesHistoricalDecision).filter((v): v is boolean => v !== null);
  const agreeing = verdicts.filter(Boolean).length;
  return detail(
    "reproduced",
    `今天的规则复现成功案例历史决策（${agreeing} / ${verdicts.length}）`,
    verdicts.length === 0 ? Number.NaN : agreeing / verdicts.length,
    verdicts.length,
    ">=",
    TREE_LIMITS.minGeneralisation,
    "没有同时具备三个因子与历史决策的成功记录",
  );
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
    return detail(split.id, split.label, informationGain(pass, fail), reached(groups, split.leaves), ">=", TREE_LIMITS.minInformationGainBits, "没有记录到达该分裂");
  });
  const ccp = n === 0 ? PRUNING_SPLITS.map((split) => detail(split.id, split.label, Number.NaN, 0, ">=", TREE_LIMITS.ccpAlpha, NO_FACTORS)) : ccpDetails(groups);

  const metrics = [
    metric(SPECS["max-depth"], depthDetails()),
    metric(SPECS["min-samples-leaf"], samples),
    metric(SPECS["ccp-alpha"], ccp),
    metric(SPECS["leaf-gini"], ginis),
    metric(SPECS["information-gain"], gains),
    metric(SPECS.generalisation, [agreementDetail(scored)]),
  ];
  return { records: records.length, recordsWithFactors: n, metrics, allPass: metrics.every((m) => m.status === "pass") };
}
