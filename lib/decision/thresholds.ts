/**
 * The middle node's fixed figures (seed 001 §4.2) and the one comparison everything uses.
 */
import type { Decision, Factor } from "@/lib/domain/catalog";

export type FactorValues = Record<Factor, number>;
export type Weights = Record<Factor, number>;

/** seed 001 §4.2: xinchuang ≥ 0.70 to proceed; goProficiency ≥ 0.75 and couplingInverse ≥ 0.60 to automate. */
export const PRUNING_THRESHOLDS: Readonly<FactorValues> = Object.freeze({
  xinchuang: 0.7,
  goProficiency: 0.75,
  couplingInverse: 0.6,
});

/** seed 001 §4.2: score = 0.40·信创 + 0.35·Go + 0.25·耦合倒数. */
export const DEFAULT_WEIGHTS: Readonly<Weights> = Object.freeze({
  xinchuang: 0.4,
  goProficiency: 0.35,
  couplingInverse: 0.25,
});

/** Weights must be non-negative and sum to 1 within this tolerance (floating-point input). */
export const WEIGHT_SUM_TOLERANCE = 1e-9;

/**
 * Floating-point tolerance at the thresholds. Factors are two-decimal measurements, so a value
 * within 1e-9 of a threshold is that threshold plus arithmetic noise: 0.6999999999999999 (the
 * double next to 0.70) passes like 0.70, while 0.69999999 (1e-8 below) is a real value and fails.
 */
export const THRESHOLD_TOLERANCE = 1e-9;

/** Boundaries are inclusive as the seed writes them (seed 001 §4.2). */
export function meetsThreshold(value: number, threshold: number): boolean {
  return value >= threshold - THRESHOLD_TOLERANCE;
}

/**
 * The rule of seed 001 §4.2 on the three threshold checks; `capped` is the validation node's
 * routing (seed 001 §4.4): a pseudo-correlated input turns automated into manual review, and a
 * defer stays a defer.
 */
export function decideFromChecks(xinchuangOk: boolean, goOk: boolean, couplingOk: boolean, capped = false): Decision {
  if (!xinchuangOk) return "defer";
  return goOk && couplingOk && !capped ? "automated" : "manual-review";
}

/** The decision from the per-factor thresholds alone; weights play no part (seed 001 §4.2). */
export function thresholdDecision(xinchuang: number, goProficiency: number, couplingInverse: number): Decision {
  return decideFromChecks(
    meetsThreshold(xinchuang, PRUNING_THRESHOLDS.xinchuang),
    meetsThreshold(goProficiency, PRUNING_THRESHOLDS.goProficiency),
    meetsThreshold(couplingInverse, PRUNING_THRESHOLDS.couplingInverse),
  );
}

/** A pseudo-correlated input caps the case at manual review; defer stays defer (seed 001 §4.4). */
export function capAtManualReview(decision: Decision, capped: boolean): Decision {
  return capped && decision === "automated" ? "manual-review" : decision;
}

export const PRUNING_RULE =
  "得分 = 0.40×信创适配度 + 0.35×Go 熟练度 + 0.25×耦合度倒数（权重可覆盖）。决策只看阈值：信创适配度 < 0.70 → 暂缓裁剪；否则 Go 熟练度 ≥ 0.75 且耦合度倒数 ≥ 0.60 → 自动化裁剪流水线；否则 → 人工协同评审（边界值计为通过）";
