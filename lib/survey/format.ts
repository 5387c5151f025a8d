/** Display helpers shared by the insights pages, the charts' data and the CSV export. */
import type { Share } from "./aggregates";

/** Whole percent from the counts (not from the already-rounded percent: no double rounding). */
export function wholePercent({ numerator, denominator }: Pick<Share, "numerator" | "denominator">): number | null {
  return denominator === 0 ? null : Math.round((100 * numerator) / denominator);
}

export function percentText(share: Pick<Share, "numerator" | "denominator">): string {
  const whole = wholePercent(share);
  return whole === null ? "无人作答" : `${whole}%`;
}

/**
 * "37 家作答，其中 32 家" — every share names its own respondents (《Golang 天津技术栈选型决策树（2024 京津冀版）》 gives no per-question n);
 * the respondents come first so "27 / 34" cannot be read as "27 of 34 answered".
 */
export function respondentsText({ numerator, denominator }: Pick<Share, "numerator" | "denominator">): string {
  return `${denominator} 家作答，其中 ${numerator} 家`;
}

/** Shown wherever the seed's figure was cut off or never given: unknown, never a guess. */
export const MISSING_TEXT = "原文截断/未给出";

export function numberText(value: number | null, unit = "", missing = MISSING_TEXT): string {
  if (value === null) return missing;
  const text = value.toLocaleString("zh-CN", { maximumFractionDigits: 2 });
  return unit ? `${text} ${unit}` : text;
}
