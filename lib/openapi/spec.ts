/**
 * A small, typed description of an API operation, from which lib/openapi/document.ts writes the
 * OpenAPI 3.1 document. Request and response bodies are the SAME zod schemas the route handlers
 * parse with (one definition for the form, the handler and this document), converted by zod 4's
 * `z.toJSONSchema`.
 */
import type { z } from "@/lib/validations/zod";

export interface ParameterSpec {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  description: string;
  schema: Record<string, unknown>;
  example?: unknown;
}

export interface ResponseSpec {
  description: string;
  /** JSON body schema (application/json). */
  schema?: z.ZodType;
  /** Another content type with a JSON Schema, e.g. application/pdf as binary. */
  content?: Record<string, { schema: Record<string, unknown>; example?: unknown }>;
  example?: unknown;
  /** Response headers worth documenting (OpenAPI Header Objects). */
  headers?: Record<string, { description: string; schema: Record<string, unknown> }>;
}

export interface OperationSpec {
  method: "get" | "post" | "put" | "delete";
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: ParameterSpec[];
  request?: { schema: z.ZodType; description?: string; example?: unknown; contentType?: string };
  /** Multipart upload (admin import): described by hand. */
  multipart?: { schema: Record<string, unknown> };
  responses: Record<number, ResponseSpec>;
  /** Requires an admin session (next-auth cookie). */
  admin?: boolean;
  /**
   * Who may call it: a personal access token with these scopes, or the signed-in session; an
   * empty list means anonymous callers are accepted too (their drafts are bound to a key cookie).
   */
  tokenScopes?: string[];
}

/** The problem+json responses every operation can answer (RFC 9457). */
export function problemResponses(...statuses: number[]): Record<number, ResponseSpec> {
  const titles: Record<number, string> = {
    400: "请求参数无效（每个出错字段一条 errors 记录）",
    401: "未登录，或访问令牌无效（不存在、已撤销、已过期）",
    403: "无权执行（需要管理员，或对这份评估没有编辑 / 管理权限，或令牌缺少所需权限）",
    404: "资源不存在（评估：不存在或你无权查看，二者不加区分）",
    409: "状态冲突",
    413: "请求体过大",
    412: "前提条件不成立（If-Match 与当前修订号不符）",
    415: "不支持的内容类型",
    422: "数据校验未通过（逐行错误）",
    429: "请求过于频繁",
  };
  return Object.fromEntries(statuses.map((status) => [status, { description: titles[status] ?? "错误", content: PROBLEM_CONTENT }]));
}

export const PROBLEM_SCHEMA = {
  type: "object",
  required: ["type", "title", "status", "code"],
  properties: {
    type: { type: "string", format: "uri" },
    title: { type: "string" },
    status: { type: "integer", minimum: 400, maximum: 599 },
    code: { type: "string", description: "失败的稳定代码，如 invalid-input、not-found、assessment-draft、rows-invalid" },
    detail: { type: "string" },
    errors: {
      type: "array",
      description: "逐字段错误；导入的逐行错误（422）为 row / column / message",
      items: {
        anyOf: [
          { type: "object", required: ["path", "message"], properties: { path: { type: "string" }, message: { type: "string" } } },
          {
            type: "object",
            required: ["row", "column", "message"],
            properties: { row: { type: "integer" }, column: { type: "string" }, message: { type: "string" } },
          },
        ],
      },
    },
  },
} as const;

const PROBLEM_CONTENT = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };
