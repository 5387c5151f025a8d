/**
 * Middle node: weighted pruning score and the cut-over decision (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2).
 *
 * The score is what the seed's formula gives; the decision is from per-factor thresholds, so
 * weights move the score and never the decision. A pseudo-correlated input caps the decision at
 * manual review (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4).
 */
import { FACTOR_LABELS, FACTORS, type Factor } from "@/lib/domain/catalog";
import type { PruningResult } from "@/lib/validations/evaluate";
import { DecisionInputError } from "./errors";
import { pruningMargins } from "./margins";
import { capAtManualReview, thresholdDecision } from "./thresholds";
import { DEFAULT_WEIGHTS, WEIGHT_SUM_TOLERANCE, type FactorValues, type Weights } from "@/lib/domain/thresholds";

export interface PruningOptions {
  /** A pseudo-correlated feature was offered: automated becomes manual-review (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4). */
  capAtManualReview?: boolean;
}

function assertFactor(factors: FactorValues, factor: Factor): void {
  const value = factors[factor];
  // NaN fails both comparisons; ±Infinity fails one; non-numbers fail the typeof.
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
    throw new DecisionInputError(
      "INVALID_FACTOR",
      `${FACTOR_LABELS[factor]}必须是 0–1 之间的有限数字（收到 ${String(value)}）`,
      ["factors", factor],
    );
  }
}

/** Throws unless every factor is a finite number in [0, 1]. */
export function assertFactorValues(factors: FactorValues): void {
  if (factors === null || typeof factors !== "object") {
    throw new DecisionInputError("INVALID_FACTOR", "缺少裁剪因子", ["factors"]);
  }
  assertFactor(factors, "xinchuang");
  assertFactor(factors, "goProficiency");
  assertFactor(factors, "couplingInverse");
}

/** Throws unless the weights are finite, non-negative and sum to 1 ± 1e-9. */
export function assertWeights(weights: Weights): void {
  let sum = 0;
  for (const factor of FACTORS) {
    const weight = weights?.[factor];
    if (typeof weight !== "number" || !(weight >= 0 && weight <= 1)) {
      throw new DecisionInputError(
        "INVALID_WEIGHTS",
        `${FACTOR_LABELS[factor]}权重必须是 0–1 之间的有限数字（收到 ${String(weight)}）`,
        ["weights", factor],
      );
    }
    sum += weight;
  }
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    throw new DecisionInputError("INVALID_WEIGHTS", `三个权重之和必须等于 1（当前为 ${sum}）`, ["weights"]);
  }
}

/**
 * The weighted score, clamped to [0, 1] (weights may sum to 1 + 1e-9) and rounded to 4 decimals
 * for display. Both steps are monotone, so raising a factor never lowers the score.
 */
export function pruningScore(factors: FactorValues, weights: Weights = DEFAULT_WEIGHTS): number {
  const raw =
    weights.xinchuang * factors.xinchuang +
    weights.goProficiency * factors.goProficiency +
    weights.couplingInverse * factors.couplingInverse;
  const clamped = raw < 0 ? 0 : raw > 1 ? 1 : raw;
  return Math.round(clamped * 1e4) / 1e4;
}

/** Scores and decides one case; validates its arguments (the engine is also called without zod). */
export function evaluatePruning(
  factors: FactorValues,
  weights: Weights = DEFAULT_WEIGHTS,
  options: PruningOptions = {},
): PruningResult {
  assertFactorValues(factors);
  if (weights !== DEFAULT_WEIGHTS) assertWeights(weights);
  const capped = options.capAtManualReview === true;
  const byThresholds = thresholdDecision(factors.xinchuang, factors.goProficiency, factors.couplingInverse);
  const decision = capAtManualReview(byThresholds, capped);
  return {
    score: pruningScore(factors, weights),
    factors,
    weights,
    thresholdDecision: byThresholds,
    decision,
    routedToManualReview: decision !== byThresholds,
    margins: pruningMargins(factors, capped),
  };
}
