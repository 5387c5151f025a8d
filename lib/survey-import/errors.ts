/**
 * Expected failures of the import service carry their HTTP status (formbricks' habit): they extend
 * HttpProblem, so a route handler under `apiRoute` answers them as problem+json unchanged, a server
 * action shows `detail`, and the CLI prints it.
 */
import { HttpProblem } from "@/lib/http/problem";

export type ImportServiceErrorCode =
  | "file-unreadable"
  | "rows-invalid"
  | "stale-preview"
  | "busy"
  | "batch-not-found"
  | "already-reverted"
  | "later-batch"
  | "drifted"
  | "mapping-not-found"
  | "bad-request";

export class ImportServiceError extends HttpProblem {
  override readonly name = "ImportServiceError";

  constructor(
    readonly code: ImportServiceErrorCode,
    status: number,
    title: string,
    detail?: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(status, title, detail, undefined, { code, ...extensions });
  }
}

export function isImportServiceError(error: unknown): error is ImportServiceError {
  return error instanceof ImportServiceError;
}
