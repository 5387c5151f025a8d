/**
 * The one rule for expected failures: every failure a caller can cause or fix (bad input, an
 * unreadable file, an unknown id, a conflict with newer data) is an `AppError` carrying its HTTP
 * status, a stable code and the offending fields. Domain and data modules throw them without
 * knowing about HTTP; `apiRoute` (lib/http/route.ts) answers them as problem+json, the action
 * wrapper (lib/http/action.ts) returns them as form state, the CLI prints them. Anything else is a
 * bug: logged, and answered as a generic 500 without internals.
 */
import type { z } from "zod";

export interface FieldError {
  /** Dotted path of the offending field ("scenario.density", "version"); empty for the whole input. */
  path: string;
  message: string;
}

export interface AppErrorInit {
  status: number;
  code: string;
  /** Short Chinese title of the kind of failure. */
  title: string;
  /** What exactly went wrong and what to do, in Chinese. */
  detail?: string;
  fields?: FieldError[];
  /** Extra machine-readable members of the problem body (e.g. the sheets of a workbook). */
  extensions?: Record<string, unknown>;
  /** Response headers the failure implies (`Retry-After` of a 429, `Allow` of a 405). */
  headers?: Record<string, string>;
}

export class AppError extends Error {
  override readonly name: string = "AppError";
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail?: string;
  readonly fields?: FieldError[];
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(init: AppErrorInit) {
    super(init.detail ?? init.title);
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fields = init.fields;
    this.extensions = init.extensions ?? {};
    this.headers = init.headers ?? {};
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** zod issue path → dotted path "a.b.0.c" (empty for the root). */
export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

export const INVALID_INPUT_TITLE = "请求参数无效";

/** 400 for input that failed its schema, one field error per zod issue. */
export function invalidInput(error: z.ZodError, detail = "请求内容未通过校验，请按字段修改后重试"): AppError {
  return new AppError({ status: 400, code: "invalid-input", title: INVALID_INPUT_TITLE, detail, fields: zodFieldErrors(error) });
}

/** 404: the resource does not exist (or the caller must not learn that it does). */
export function notFound(title: string, detail?: string): AppError {
  return new AppError({ status: 404, code: "not-found", title, detail });
}

/** 409: the request is valid but the resource's state does not allow it now. */
export function conflict(code: string, title: string, detail?: string): AppError {
  return new AppError({ status: 409, code, title, detail });
}
