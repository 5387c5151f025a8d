/**
 * Failures that make the whole file unreadable. They are thrown (not returned per row) because
 * nothing useful can be shown row by row; `status` lets a route handler answer without a lookup
 * table (formbricks' habit: expected failures carry their HTTP status).
 */
export type ImportFileErrorCode =
  | "file-too-large"
  | "empty-file"
  | "unsupported-format"
  | "invalid-xlsx"
  | "unknown-sheet"
  | "unknown-encoding"
  | "invalid-csv"
  | "invalid-json"
  | "duplicate-header";

export interface ImportFileErrorDetails {
  /** Sheet names of the workbook, for `unknown-sheet` (and so the UI can offer a choice). */
  sheets?: string[];
  size?: number;
  limit?: number;
}

export class ImportFileError extends Error {
  override readonly name = "ImportFileError";

  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
    readonly details: ImportFileErrorDetails = {},
  ) {
    super(message);
  }

  get status(): 400 | 413 {
    return this.code === "file-too-large" ? 413 : 400;
  }
}

export function isImportFileError(error: unknown): error is ImportFileError {
  return error instanceof ImportFileError;
}
