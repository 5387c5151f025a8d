/**
 * RFC 9457 problem details: every API error is `application/problem+json` with its status, the
 * failure's stable `code` and, for validation failures, one entry per offending field
 * (`errors: [{path, message}]`). The failures themselves are `AppError`s (lib/errors.ts).
 */
import { AppError, type FieldError } from "@/lib/errors";

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export function problemBody(error: AppError): ProblemBody {
  return {
    type: `https://tj-go-stack.example/problems/${error.status}`,
    title: error.title,
    status: error.status,
    code: error.code,
    ...(error.detail ? { detail: error.detail } : {}),
    ...(error.fields ? { errors: error.fields } : {}),
    ...error.extensions,
  };
}

export function problemResponse(error: AppError, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(problemBody(error)), {
    status: error.status,
    headers: { ...headers, ...error.headers, "Content-Type": "application/problem+json; charset=utf-8" },
  });
}

export const INTERNAL_ERROR = new AppError({
  status: 500,
  code: "internal",
  title: "服务器内部错误",
  detail: "请求未能完成，请稍后重试",
});
