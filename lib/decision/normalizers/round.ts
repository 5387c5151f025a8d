/** Factors are shown with two decimals, as the seed writes them (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2). */
export function round2(value: number): number {
  // The nudge makes x.xx5 round up even when binary floating point stores it as x.xx4999…
  return Math.round(value * 100 + 1e-7) / 100;
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
