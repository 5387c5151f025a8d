/**
 * Expected failures of the engine, as error classes carrying an HTTP status (formbricks' habit):
 * the API route maps `DecisionInputError` to 400 and `ReferenceDataError` to 500.
 */

export type DecisionInputErrorCode =
  | "INVALID_TIER"
  | "INVALID_FACTOR"
  | "MISSING_FACTOR"
  | "INVALID_WEIGHTS"
  | "INVALID_FACTS"
  | "INVALID_SCENARIO";

/** The caller's input is invalid. Never answered with a fallback (seed 001 §4.1's sample falls back: a bug). */
export class DecisionInputError extends Error {
  readonly status = 400;
  constructor(
    readonly code: DecisionInputErrorCode,
    message: string,
    readonly path: readonly (string | number)[] = [],
  ) {
    super(message);
    this.name = "DecisionInputError";
  }
}

/** The shipped reference data cannot answer the question (our bug, not the caller's). */
export class ReferenceDataError extends Error {
  readonly status = 500;
  constructor(message: string) {
    super(message);
    this.name = "ReferenceDataError";
  }
}
