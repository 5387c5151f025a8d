/**
 * RFC 9457 problem details: every API error is `application/problem+json` with a 4xx status and,
 * for validation failures, one entry per offending field (`errors: [{path, message}]`).
 * Expected failures are thrown as `HttpProblem`; anything else is logged and answered as a
 * generic 500 without internals (formbricks' error classes).
 */
import type { z } from "zod";

export interface FieldError {
  path: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }

  body(): ProblemBody {
    return {
      type: `https://tj-go-stack.example/problems/${this.status}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extensions,
    };
  }
}

/** zod issue path → JSON-pointer-like "a.b.0.c" (empty for the root). */
export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

export function validationProblem(error: z.ZodError, detail = "请求内容未通过校验，请按字段修改后重试"): HttpProblem {
  return new HttpProblem(400, "请求参数无效", detail, zodFieldErrors(error));
}

export function problemResponse(problem: HttpProblem): Response {
  return new Response(JSON.stringify(problem.body()), {
    status: problem.status,
    headers: { "Content-Type": "application/problem+json; charset=utf-8" },
  });
}
