/**
 * What moves the decision (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2): the decision is a step function of each factor with
 * one step at its threshold, so over [0, 1] each factor has at most two ranges with different
 * decisions. For a chosen set of factor values this says, per factor, which decision each range
 * gives with the other two held — the result page lets the architect move the factors and watch
 * where each flips. Weights only change the score, which is why the what-if moves factors.
 */
import { DECISION_LABELS, FACTOR_LABELS, FACTORS, type Decision, type Factor } from "@/lib/domain/catalog";
import { PRUNING_THRESHOLDS, type FactorValues } from "@/lib/domain/thresholds";
import type { EvaluateResponse } from "@/lib/validations/evaluate";
import { decideFromChecks, meetsThreshold } from "./thresholds";

export const SCORE_ROLE =
  "得分 = 0.40×信创适配度 + 0.35×Go 熟练度 + 0.25×耦合度倒数（权重可覆盖），只用于排序与展示；决策只看三个因子各自是否达到阈值" +
  "（信创适配度 0.70、Go 熟练度 0.75、耦合度倒数 0.60，边界值计为通过）。所以这里改的是因子，不是权重。";

/** A range of one factor's values over which the decision stays the same. */
export interface WhatIfRange {
  from: number;
  to: number;
  /** `from` is always included; `to` is included only for the last range (1). */
  toInclusive: boolean;
  decision: Decision;
}

export interface FactorWhatIf {
  factor: Factor;
  value: number;
  threshold: number;
  /** One range when the factor cannot change the decision, two when it flips at the threshold. */
  ranges: WhatIfRange[];
  /** The decision at `value` with the other factors as given. */
  decision: Decision;
  statement: string;
}

/** The decision for these factors; `capped`: a pseudo-correlated input caps at manual review (§4.4). */
export function decisionFor(factors: FactorValues, capped: boolean): Decision {
  const t = PRUNING_THRESHOLDS;
  return decideFromChecks(
    meetsThreshold(factors.xinchuang, t.xinchuang),
    meetsThreshold(factors.goProficiency, t.goProficiency),
    meetsThreshold(factors.couplingInverse, t.couplingInverse),
    capped,
  );
}

const text = (value: number) => value.toFixed(2);

function statementFor(factor: Factor, ranges: readonly WhatIfRange[], capped: boolean, others: FactorValues): string {
  const label = FACTOR_LABELS[factor];
  if (ranges.length === 2) {
    const [below, above] = ranges as [WhatIfRange, WhatIfRange];
    return `${label}低于 ${text(below.to)} 时为${DECISION_LABELS[below.decision]}，达到 ${text(above.from)} 起为${DECISION_LABELS[above.decision]}`;
  }
  const only = DECISION_LABELS[ranges[0]!.decision];
  if (factor !== "xinchuang" && !meetsThreshold(others.xinchuang, PRUNING_THRESHOLDS.xinchuang)) {
    return `信创适配度低于 0.70，决策已是暂缓裁剪：${label}取任何值都是${only}`;
  }
  if (capped) return `附加特征中含伪相关变量，决策最高只能是人工协同评审：${label}取任何值都是${only}`;
  const other: Factor = factor === "goProficiency" ? "couplingInverse" : "goProficiency";
  return `${FACTOR_LABELS[other]}低于 ${text(PRUNING_THRESHOLDS[other])}：${label}取任何值都是${only}`;
}

/** Per factor, in the catalog's order: its ranges with the other two factors as given. */
export function whatIf(factors: FactorValues, capped = false): FactorWhatIf[] {
  return FACTORS.map((factor) => {
    const threshold = PRUNING_THRESHOLDS[factor];
    const below = decisionFor({ ...factors, [factor]: 0 }, capped);
    const above = decisionFor({ ...factors, [factor]: 1 }, capped);
    const ranges: WhatIfRange[] =
      below === above
        ? [{ from: 0, to: 1, toInclusive: true, decision: below }]
        : [
            { from: 0, to: threshold, toInclusive: false, decision: below },
            { from: threshold, to: 1, toInclusive: true, decision: above },
          ];
    return {
      factor,
      value: factors[factor],
      threshold,
      ranges,
      decision: decisionFor(factors, capped),
      statement: statementFor(factor, ranges, capped, factors),
    };
  });
}

/** Whether the validation node capped this evaluation at manual review (a refused pseudo-correlated input). */
export function cappedAtManualReview(result: Pick<EvaluateResponse, "trace">): boolean {
  return result.trace.some((step) => step.node === "validation" && step.outputs.routeToManualReview === true);
}
