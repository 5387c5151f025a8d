/**
 * Expected failures of the engine. `DecisionInputError` is the caller's fault and follows the
 * project's error rule (lib/errors.ts): status 400, its code, the offending field.
 * `ReferenceDataError` is ours — the shipped reference data cannot answer — so it is a plain
 * error: logged and answered as 500.
 */
import { AppError, INVALID_INPUT_TITLE } from "@/lib/errors";

export type DecisionInputErrorCode =
  | "INVALID_TIER"
  | "INVALID_FACTOR"
  | "MISSING_FACTOR"
  | "INVALID_WEIGHTS"
  | "INVALID_FACTS"
  | "INVALID_SCENARIO";

/** The caller's input is invalid. Never answered with a fallback (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1's sample falls back: a bug). */
export class DecisionInputError extends AppError {
  override readonly name = "DecisionInputError";
  declare readonly code: DecisionInputErrorCode;

  constructor(
    code: DecisionInputErrorCode,
    message: string,
    readonly path: readonly (string | number)[] = [],
  ) {
    super({ status: 400, code, title: INVALID_INPUT_TITLE, detail: message, fields: [{ path: path.join("."), message }] });
  }
}

/** The shipped reference data cannot answer the question (our bug, not the caller's). */
export class ReferenceDataError extends Error {
  override readonly name = "ReferenceDataError";
}
