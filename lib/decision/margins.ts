/**
 * How far each factor is from flipping the decision, holding the other two fixed (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2).
 * The decision is a step function of each factor with one step at its threshold, so the only
 * candidate flip is crossing that threshold; when crossing it changes nothing, say why.
 */
import { DECISION_LABELS, DECISIONS, FACTOR_LABELS, FACTORS, type Decision, type Factor } from "@/lib/domain/catalog";
import type { Margin } from "@/lib/validations/evaluate";
import { decideFromChecks, meetsThreshold } from "./thresholds";
import { PRUNING_THRESHOLDS, type FactorValues } from "@/lib/domain/thresholds";

const THRESHOLD_TEXT: Record<Factor, string> = { xinchuang: "0.70", goProficiency: "0.75", couplingInverse: "0.60" };

type NoFlipCase = "deferred" | "capped" | "other-fails";
type Direction = "raise" | "lower";

/** Why crossing this factor's threshold would change nothing. Built once: evaluations only look up. */
const NO_FLIP_REASONS = Object.freeze(
  Object.fromEntries(
    FACTORS.map((factor) => {
      const label = FACTOR_LABELS[factor];
      const other: Factor = factor === "goProficiency" ? "couplingInverse" : "goProficiency";
      return [
        factor,
        {
          deferred: `信创适配度低于 0.70，决策已是暂缓裁剪；${label}取任何值都不会改变决策`,
          capped: `附加特征中含伪相关变量，决策最高只能是人工协同评审；${label}取任何值都不会改变决策`,
          "other-fails": `${FACTOR_LABELS[other]}低于 ${THRESHOLD_TEXT[other]}，${label}取任何值都只能是人工协同评审`,
        },
      ];
    }),
  ) as Record<Factor, Record<NoFlipCase, string>>,
);

/** "Lower below / raise to the threshold and the decision becomes …", per factor and target. */
const FLIP_REASONS = Object.freeze(
  Object.fromEntries(
    FACTORS.map((factor) => {
      const label = FACTOR_LABELS[factor];
      const text = THRESHOLD_TEXT[factor];
      const to = (phrase: string) =>
        Object.fromEntries(DECISIONS.map((d) => [d, `${label}${phrase}时，决策变为${DECISION_LABELS[d]}`]));
      return [factor, { lower: to(`降到 ${text} 以下（不含 ${text}）`), raise: to(`提高到 ${text}（含）`) }];
    }),
  ) as Record<Factor, Record<Direction, Record<Decision, string>>>,
);

/** Distance rounded to 6 decimals; `+ 0` turns −0 into 0. */
const roundDistance = (d: number) => Math.round(d * 1e6) / 1e6 + 0;

function marginFor(
  factor: Factor,
  value: number,
  threshold: number,
  passes: boolean,
  current: Decision,
  flipped: Decision,
  noFlip: NoFlipCase,
): Margin {
  const distance = roundDistance(value - threshold);
  if (flipped === current) {
    return { factor, value, threshold, distance, passes, flip: null, reason: NO_FLIP_REASONS[factor][noFlip] };
  }
  const direction: Direction = passes ? "lower" : "raise";
  return {
    factor,
    value,
    threshold,
    distance,
    passes,
    flip: { direction, at: threshold, inclusive: !passes, to: flipped },
    reason: FLIP_REASONS[factor][direction][flipped],
  };
}

/** One margin per factor, in the catalog's factor order. */
export function pruningMargins(factors: FactorValues, capped = false): Margin[] {
  const t = PRUNING_THRESHOLDS;
  const x = meetsThreshold(factors.xinchuang, t.xinchuang);
  const g = meetsThreshold(factors.goProficiency, t.goProficiency);
  const c = meetsThreshold(factors.couplingInverse, t.couplingInverse);
  const current = decideFromChecks(x, g, c, capped);
  // A factor that cannot flip the decision: either everything is deferred, or the cap, or the other check.
  const noFlip: NoFlipCase = !x ? "deferred" : capped ? "capped" : "other-fails";
  return [
    marginFor("xinchuang", factors.xinchuang, t.xinchuang, x, current, decideFromChecks(!x, g, c, capped), noFlip),
    marginFor("goProficiency", factors.goProficiency, t.goProficiency, g, current, decideFromChecks(x, !g, c, capped), noFlip),
    marginFor("couplingInverse", factors.couplingInverse, t.couplingInverse, c, current, decideFromChecks(x, g, !c, capped), noFlip),
  ];
}
