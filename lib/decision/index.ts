/**
 * The decision engine (seed 001 §4): pure functions, no I/O; reference data is passed in. This is
 * what pages, route handlers and the report use; the engine's own modules and their tests import
 * each other directly.
 */
export { backtest, type BacktestReport, type BacktestRow } from "./backtest";
export { DecisionInputError, ReferenceDataError } from "./errors";
export { evaluate } from "./evaluate";
export { checkTreeQuality, type TreeQualityReport } from "./quality";
