/**
 * The decision engine (seed 001 §4): pure functions, no I/O. Reference data is passed in.
 */
export * from "./architecture";
export * from "./backtest";
export * from "./bench";
export * from "./codes";
export * from "./errors";
export * from "./evaluate";
export * from "./go-version";
export * from "./knowledge";
export * from "./leaf";
export * from "./margins";
export * from "./normalizers";
export * from "./pruning";
export * from "./pseudo-features";
export * from "./quality";
export * from "./root";
export * from "./sensitivity";
export * from "./thresholds";
export * from "./tree-stats";
