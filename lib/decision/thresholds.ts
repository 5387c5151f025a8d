/**
 * The one comparison everything uses, and the decision rule on the three threshold checks
 * (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2). The figures themselves are in lib/domain/thresholds.ts.
 */
import type { Decision } from "@/lib/domain/catalog";
import { PRUNING_THRESHOLDS, THRESHOLD_TOLERANCE } from "@/lib/domain/thresholds";

/** Boundaries are inclusive as the seed writes them (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2). */
export function meetsThreshold(value: number, threshold: number): boolean {
  return value >= threshold - THRESHOLD_TOLERANCE;
}

/**
 * The rule of 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2 on the three threshold checks; `capped` is the validation node's
 * routing (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4): a pseudo-correlated input turns automated into manual review, and a
 * defer stays a defer.
 */
export function decideFromChecks(xinchuangOk: boolean, goOk: boolean, couplingOk: boolean, capped = false): Decision {
  if (!xinchuangOk) return "defer";
  return goOk && couplingOk && !capped ? "automated" : "manual-review";
}

/** The decision from the per-factor thresholds alone; weights play no part (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2). */
export function thresholdDecision(xinchuang: number, goProficiency: number, couplingInverse: number): Decision {
  return decideFromChecks(
    meetsThreshold(xinchuang, PRUNING_THRESHOLDS.xinchuang),
    meetsThreshold(goProficiency, PRUNING_THRESHOLDS.goProficiency),
    meetsThreshold(couplingInverse, PRUNING_THRESHOLDS.couplingInverse),
  );
}

/** A pseudo-correlated input caps the case at manual review; defer stays defer (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4). */
export function capAtManualReview(decision: Decision, capped: boolean): Decision {
  return capped && decision === "automated" ? "manual-review" : decision;
}

export const PRUNING_RULE =
  "得分 = 0.40×信创适配度 + 0.35×Go 熟练度 + 0.25×耦合度倒数（权重可覆盖）。决策只看阈值：信创适配度 < 0.70 → 暂缓裁剪；否则 Go 熟练度 ≥ 0.75 且耦合度倒数 ≥ 0.60 → 自动化裁剪流水线；否则 → 人工协同评审（边界值计为通过）";
