/**
 * The middle node's fixed figures (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2): constants the engine, the schemas and the
 * questionnaire share. The comparisons that use them are the engine's (lib/decision/thresholds.ts).
 */
import type { Factor } from "@/lib/domain/catalog";

export type FactorValues = Record<Factor, number>;
export type Weights = Record<Factor, number>;

/** 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2: xinchuang ≥ 0.70 to proceed; goProficiency ≥ 0.75 and couplingInverse ≥ 0.60 to automate. */
export const PRUNING_THRESHOLDS: Readonly<FactorValues> = Object.freeze({
  xinchuang: 0.7,
  goProficiency: 0.75,
  couplingInverse: 0.6,
});

/** 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2: score = 0.40·信创 + 0.35·Go + 0.25·耦合倒数. */
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
