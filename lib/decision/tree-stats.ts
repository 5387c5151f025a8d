/**
 * The pruning node as the binary tree the quality checks measure (seed 001 §4.2, §4.4), and the
 * impurity statistics over survey records, labelled by outcome (success / counter-example).
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

/** seed 001 §4.2 as three nested binary splits; the leaves are where records end up. */
export const PRUNING_SPLITS: readonly PruningSplit[] = Object.freeze([
  { id: "xinchuang", label: "信创适配度 ≥ 0.70", leaves: ["defer", "review-go", "review-coupling", "automated"] },
  { id: "goProficiency", label: "Go 熟练度 ≥ 0.75", leaves: ["review-go", "review-coupling", "automated"] },
  { id: "couplingInverse", label: "耦合度倒数 ≥ 0.60", leaves: ["review-coupling", "automated"] },
]);

export const PRUNING_LEAVES: Readonly<Record<PruningLeafId, string>> = Object.freeze({
  defer: "暂缓裁剪（信创适配度 < 0.70）",
  "review-go": "人工协同评审（Go 熟练度 < 0.75）",
  "review-coupling": "人工协同评审（耦合度倒数 < 0.60）",
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

/** Records misclassified if the node predicted its majority outcome. */
export function misclassified(c: OutcomeCounts): number {
  return Math.min(c.success, c.counter);
}

export function groupByLeaf(records: readonly ScoredRecord[]): Record<PruningLeafId, ScoredRecord[]> {
  const groups: Record<PruningLeafId, ScoredRecord[]> = { defer: [], "review-go": [], "review-coupling": [], automated: [] };
  for (const record of records) groups[leafOf(record)].push(record);
  return groups;
}
