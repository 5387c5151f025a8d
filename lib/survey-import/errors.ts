/**
 * Expected failures of the import service, under the project's error rule (lib/errors.ts): a
 * route handler answers them as problem+json, a server action shows `title` and `detail`, the CLI
 * prints them. An unreadable file is the file reader's own `ImportFileError`, passed through.
 */
import { AppError, type FieldError } from "@/lib/errors";

export type ImportServiceErrorCode =
  | "rows-invalid"
  | "stale-preview"
  | "busy"
  | "batch-not-found"
  | "already-reverted"
  | "later-batch"
  | "drifted"
  | "mapping-not-found"
  | "bad-request";

export class ImportServiceError extends AppError {
  override readonly name = "ImportServiceError";
  declare readonly code: ImportServiceErrorCode;

  constructor(
    code: ImportServiceErrorCode,
    status: number,
    title: string,
    detail?: string,
    { fields, ...extensions }: Record<string, unknown> & { fields?: FieldError[] } = {},
  ) {
    super({ status, code, title, detail, fields, extensions });
  }
}

export function isImportServiceError(error: unknown): error is ImportServiceError {
  return error instanceof ImportServiceError;
}
