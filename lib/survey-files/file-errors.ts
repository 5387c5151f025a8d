/**
 * Failures that make the whole file unreadable. They are thrown (not returned per row) because
 * nothing useful can be shown row by row; as `AppError`s (lib/errors.ts) they reach the admin
 * page, the API and the CLI as they are: status 400 (413 for a file over the limit), the code, the
 * Chinese message, and the workbook's sheet names for `unknown-sheet`. `file-too-complex` is a
 * file within the upload limit that exceeds a reader limit once unpacked or read (limits.ts): 413
 * like an oversized upload, because it is the same kind of refusal.
 */
import { AppError } from "@/lib/errors";
import { fileMessages } from "./file-messages";

export type ImportFileErrorCode =
  | "file-too-large"
  | "file-too-complex"
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

export class ImportFileError extends AppError {
  override readonly name = "ImportFileError";
  declare readonly code: ImportFileErrorCode;

  constructor(
    code: ImportFileErrorCode,
    message: string,
    readonly details: ImportFileErrorDetails = {},
  ) {
    super({
      status: code === "file-too-large" || code === "file-too-complex" ? 413 : 400,
      code,
      title: fileMessages.unreadable,
      detail: message,
      extensions: details.sheets ? { sheets: details.sheets } : {},
    });
  }
}

export function isImportFileError(error: unknown): error is ImportFileError {
  return error instanceof ImportFileError;
}
