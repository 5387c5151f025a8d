/**
 * The decision engine (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4): pure functions, no I/O; reference data is passed in. This is
 * what pages, route handlers and the report use; the engine's own modules and their tests import
 * each other directly.
 */
export { backtest, type BacktestReport, type BacktestRow } from "./backtest";
export { DecisionInputError, ReferenceDataError } from "./errors";
export { evaluate } from "./evaluate";
export { checkTreeQuality, type TreeQualityReport } from "./quality";
