/**
 * Weight sensitivity, for the UI to chart (seed 001 §4.2). The score is linear in the weights,
 * so over all valid weights (the simplex) its extremes sit at the corners: the smallest and the
 * largest factor. The decision comes from the thresholds and no weight can flip it.
 */
import { FACTOR_LABELS, FACTORS, type Decision, type Factor } from "@/lib/domain/catalog";
import { pruningScore } from "./pruning";
import { thresholdDecision } from "./thresholds";
import { DEFAULT_WEIGHTS, type FactorValues, type Weights } from "@/lib/domain/thresholds";

export interface SensitivityPoint {
  weight: number;
  score: number;
}

export interface SensitivitySeries {
  factor: Factor;
  label: string;
  /** The factor's weight from 0 to 1; the other two share the rest in their current proportion. */
  points: SensitivityPoint[];
}

export interface WeightSensitivity {
  series: SensitivitySeries[];
  minScore: number;
  maxScore: number;
  /** The factor whose weight = 1 gives the minimum / maximum score. */
  minAt: Factor;
  maxAt: Factor;
  decision: Decision;
  decisionDependsOnWeights: false;
  statement: string;
}

/** Weights with `factor` at `weight`, the others keeping their ratio (equal split if both are 0). */
export function reweigh(weights: Weights, factor: Factor, weight: number): Weights {
  const others = FACTORS.filter((f) => f !== factor);
  const [a, b] = others as [Factor, Factor];
  const rest = weights[a] + weights[b];
  const shareA = rest > 0 ? weights[a] / rest : 0.5;
  return { [factor]: weight, [a]: (1 - weight) * shareA, [b]: (1 - weight) * (1 - shareA) } as Weights;
}

export function weightSensitivity(
  factors: FactorValues,
  weights: Weights = DEFAULT_WEIGHTS,
  steps = 21,
): WeightSensitivity {
  const count = Math.max(2, Math.floor(steps));
  const series = FACTORS.map((factor) => ({
    factor,
    label: FACTOR_LABELS[factor],
    points: Array.from({ length: count }, (_, i) => {
      const weight = i / (count - 1);
      return { weight, score: pruningScore(factors, reweigh(weights, factor, weight)) };
    }),
  }));
  const byValue = [...FACTORS].sort((p, q) => factors[p] - factors[q]);
  const minAt = byValue[0] as Factor;
  const maxAt = byValue[2] as Factor;
  return {
    series,
    minScore: pruningScore(factors, reweigh(weights, minAt, 1)),
    maxScore: pruningScore(factors, reweigh(weights, maxAt, 1)),
    minAt,
    maxAt,
    decision: thresholdDecision(factors.xinchuang, factors.goProficiency, factors.couplingInverse),
    decisionDependsOnWeights: false,
    statement:
      "决策只由三个因子各自的阈值决定（信创适配度 0.70、Go 熟练度 0.75、耦合度倒数 0.60，seed 001 §4.2），权重只改变得分；任何合法权重都不会改变决策。",
  };
}
