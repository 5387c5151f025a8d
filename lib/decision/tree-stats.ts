/**
 * The pruning node as the binary tree the quality checks measure (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2, §4.4), the
 * impurity statistics over survey records labelled by outcome (success / counter-example), and
 * sklearn's minimal cost-complexity pruning over that tree.
 *
 * The tree's structure and thresholds are the article's, not fit on the records: records only
 * populate the leaves, so every statistic here describes how the shipped or imported survey sits
 * in a fixed tree.
 */
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import { meetsThreshold } from "./thresholds";
import { PRUNING_THRESHOLDS, type FactorValues } from "@/lib/domain/thresholds";

export type ScoredRecord = EnterpriseRecord & FactorValues;

export type PruningLeafId = "defer" | "review-go" | "review-coupling" | "automated";
export type PruningSplitId = "xinchuang" | "goProficiency" | "couplingInverse";

export interface PruningSplit {
  id: PruningSplitId;
  label: string;
  /** Leaves reached through this split's subtree. */
  leaves: readonly PruningLeafId[];
}

/** 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2 as three nested binary splits; the leaves are where records end up. */
export const PRUNING_SPLITS: readonly PruningSplit[] = Object.freeze([
  { id: "xinchuang", label: "信创适配度 ≥ 0.70", leaves: ["defer", "review-go", "review-coupling", "automated"] },
  { id: "goProficiency", label: "Go 熟练度 ≥ 0.75", leaves: ["review-go", "review-coupling", "automated"] },
  { id: "couplingInverse", label: "系统独立性（耦合度倒数）≥ 0.60", leaves: ["review-coupling", "automated"] },
]);

export const PRUNING_LEAVES: Readonly<Record<PruningLeafId, string>> = Object.freeze({
  defer: "暂缓裁剪（信创适配度 < 0.70）",
  "review-go": "人工协同评审（Go 熟练度 < 0.75）",
  "review-coupling": "人工协同评审（系统独立性 < 0.60）",
  automated: "自动化裁剪流水线",
});

/** Depth of each independent node of the tree: no node's output is another's input. */
export const NODE_DEPTHS = Object.freeze({ root: 1, pruning: PRUNING_SPLITS.length, leaf: 2 });

export function hasAllFactors(record: EnterpriseRecord): record is ScoredRecord {
  return record.xinchuang !== null && record.goProficiency !== null && record.couplingInverse !== null;
}

export function leafOf(record: FactorValues): PruningLeafId {
  if (!meetsThreshold(record.xinchuang, PRUNING_THRESHOLDS.xinchuang)) return "defer";
  if (!meetsThreshold(record.goProficiency, PRUNING_THRESHOLDS.goProficiency)) return "review-go";
  if (!meetsThreshold(record.couplingInverse, PRUNING_THRESHOLDS.couplingInverse)) return "review-coupling";
  return "automated";
}

export interface OutcomeCounts {
  success: number;
  counter: number;
}

export function countOutcomes(records: readonly EnterpriseRecord[]): OutcomeCounts {
  let success = 0;
  for (const record of records) if (record.outcome === "success") success += 1;
  return { success, counter: records.length - success };
}

const total = (c: OutcomeCounts) => c.success + c.counter;

export function gini(c: OutcomeCounts): number {
  const n = total(c);
  if (n === 0) return Number.NaN;
  const p = c.success / n;
  return 1 - p * p - (1 - p) * (1 - p);
}

export function entropyBits(c: OutcomeCounts): number {
  const n = total(c);
  let h = 0;
  for (const k of [c.success, c.counter]) if (k > 0) h -= (k / n) * Math.log2(k / n);
  return h;
}

/** Information gain (bits) of splitting `parent` into `pass` and `fail`; NaN when no record reaches it. */
export function informationGain(pass: OutcomeCounts, fail: OutcomeCounts): number {
  const parent = { success: pass.success + fail.success, counter: pass.counter + fail.counter };
  const n = total(parent);
  if (n === 0) return Number.NaN;
  return entropyBits(parent) - (total(pass) / n) * entropyBits(pass) - (total(fail) / n) * entropyBits(fail);
}

export function groupByLeaf(records: readonly ScoredRecord[]): Record<PruningLeafId, ScoredRecord[]> {
  const groups: Record<PruningLeafId, ScoredRecord[]> = { defer: [], "review-go": [], "review-coupling": [], automated: [] };
  for (const record of records) groups[leafOf(record)].push(record);
  return groups;
}

/** Records per pruning leaf, counting only records with all three factors (the quality checks' population). */
export function leafSizes(records: readonly EnterpriseRecord[]): Record<PruningLeafId, number> {
  const groups = groupByLeaf(records.filter(hasAllFactors));
  return { defer: groups.defer.length, "review-go": groups["review-go"].length, "review-coupling": groups["review-coupling"].length, automated: groups.automated.length };
}

/** Binary-split depth of each leaf of the pruning node: how many threshold checks a record passes through. */
export const LEAF_DEPTHS: Readonly<Record<PruningLeafId, number>> = Object.freeze({ defer: 1, "review-go": 2, "review-coupling": 3, automated: 3 });

/*
 * Minimal cost-complexity pruning as scikit-learn defines it (user guide "Minimal Cost-Complexity
 * Pruning", https://scikit-learn.org/stable/modules/tree.html; worked through in the example
 * "Post pruning decision trees with cost complexity pruning",
 * https://scikit-learn.org/stable/auto_examples/tree/plot_cost_complexity_pruning.html):
 *   R(t)      = (n_t / N) × impurity(t)    — sklearn uses the sample-weighted impurity, not the
 *                                            misclassification rate, for R
 *   R(T_t)    = Σ over the leaves of the branch T_t of (n_leaf / N) × impurity(leaf)
 *   α_eff(t)  = (R(t) − R(T_t)) / (|leaves(T_t)| − 1)
 * impurity is Gini, DecisionTreeClassifier's default criterion. The weakest link (smallest α_eff)
 * is pruned, the α_eff of its ancestors recomputed, and this repeats until the smallest α_eff is
 * greater than ccp_alpha.
 */

/** A node of an outcome-labelled binary tree: a leaf holds counts, a split holds two children. */
export type OutcomeTree =
  | { id: string; counts: OutcomeCounts; children?: undefined }
  | { id: string; children: readonly [OutcomeTree, OutcomeTree]; counts?: undefined };

function countsOf(node: OutcomeTree): OutcomeCounts {
  if (node.children === undefined) return node.counts;
  const [a, b] = node.children.map(countsOf) as [OutcomeCounts, OutcomeCounts];
  return { success: a.success + b.success, counter: a.counter + b.counter };
}

/** R(t) = (n_t / N) × Gini(t); an empty node contributes nothing. */
export function weightedGini(c: OutcomeCounts, n: number): number {
  const size = total(c);
  return size === 0 ? 0 : (size / n) * gini(c);
}

interface Branch {
  /** R(T_t): weighted impurity summed over the branch's current leaves. */
  risk: number;
  leaves: number;
}

/** R(T_t) and leaf count of a node's branch, with the splits in `collapsed` treated as leaves. */
function branch(node: OutcomeTree, n: number, collapsed: ReadonlySet<string>): Branch {
  if (node.children === undefined || collapsed.has(node.id)) return { risk: weightedGini(countsOf(node), n), leaves: 1 };
  const [a, b] = node.children.map((child) => branch(child, n, collapsed)) as [Branch, Branch];
  return { risk: a.risk + b.risk, leaves: a.leaves + b.leaves };
}

/** Splits still standing (not collapsed and not under a collapsed split), parents before children. */
function standingSplits(node: OutcomeTree, collapsed: ReadonlySet<string>, out: OutcomeTree[] = []): OutcomeTree[] {
  if (node.children === undefined || collapsed.has(node.id)) return out;
  out.push(node);
  for (const child of node.children) standingSplits(child, collapsed, out);
  return out;
}

function effectiveAlphaWith(node: OutcomeTree, n: number, collapsed: ReadonlySet<string>): number {
  const { risk, leaves } = branch(node, n, collapsed);
  return (weightedGini(countsOf(node), n) - risk) / (leaves - 1);
}

/** α_eff of every split of the unpruned tree, by id. N is the root's sample count. */
export function effectiveAlphas(tree: OutcomeTree): Record<string, number> {
  const n = total(countsOf(tree));
  const none = new Set<string>();
  return Object.fromEntries(standingSplits(tree, none).map((split) => [split.id, n === 0 ? Number.NaN : effectiveAlphaWith(split, n, none)]));
}

export interface PruningStep {
  /** The weakest link pruned at this step and its α_eff at that moment (sklearn's ccp_alphas entry). */
  pruned: string;
  alpha: number;
  /** Total weighted leaf impurity after this step (sklearn's impurities entry). */
  impurity: number;
}

/**
 * sklearn's weakest-link sequence over the tree. A tie goes to the split met first, parents
 * before children. Stops at the root; empty trees have no steps.
 */
export function pruningPath(tree: OutcomeTree): PruningStep[] {
  const n = total(countsOf(tree));
  if (n === 0) return [];
  const collapsed = new Set<string>();
  const steps: PruningStep[] = [];
  for (let splits = standingSplits(tree, collapsed); splits.length > 0; splits = standingSplits(tree, collapsed)) {
    let weakest = splits[0]!;
    let alpha = effectiveAlphaWith(weakest, n, collapsed);
    for (const split of splits.slice(1)) {
      const a = effectiveAlphaWith(split, n, collapsed);
      if (a < alpha) [weakest, alpha] = [split, a];
    }
    collapsed.add(weakest.id);
    steps.push({ pruned: weakest.id, alpha, impurity: branch(tree, n, collapsed).risk });
  }
  return steps;
}

/**
 * Which splits survive `DecisionTreeClassifier(ccp_alpha=…)`: prune weakest links while the
 * smallest α_eff is ≤ ccp_alpha (a split under a pruned split goes with it). Each kept split
 * maps to its α_eff in the pruned tree, which is greater than ccp_alpha.
 */
export function splitsKept(tree: OutcomeTree, ccpAlpha: number): Map<string, number> {
  const n = total(countsOf(tree));
  const collapsed = new Set<string>();
  for (const step of pruningPath(tree)) {
    if (step.alpha > ccpAlpha) break;
    collapsed.add(step.pruned);
  }
  return new Map(standingSplits(tree, collapsed).map((split) => [split.id, effectiveAlphaWith(split, n, collapsed)]));
}

/** The pruning node (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2) as an outcome-labelled tree over records grouped by leaf. */
export function pruningTree(groups: Record<PruningLeafId, readonly EnterpriseRecord[]>): OutcomeTree {
  const leaf = (id: PruningLeafId): OutcomeTree => ({ id, counts: countOutcomes(groups[id]) });
  return {
    id: "xinchuang",
    children: [
      leaf("defer"),
      { id: "goProficiency", children: [leaf("review-go"), { id: "couplingInverse", children: [leaf("review-coupling"), leaf("automated")] }] },
    ],
  };
}
