/**
 * Route handlers read as "parse → authorise → call lib/ → respond". `apiRoute` is the one place
 * that turns failures into responses: an `AppError` (lib/errors.ts) becomes its problem+json,
 * anything else is logged and answered as a generic 500 without internals. Every request is
 * logged without bodies or personal data. `readJson` and `readQuery` parse input with its zod
 * schema and throw field errors.
 */
import "server-only";
import type { z } from "zod";
import { AppError, invalidInput, isAppError } from "@/lib/errors";
import { INTERNAL_ERROR, problemResponse } from "@/lib/http/problem";
import { logger } from "@/lib/logger";

export const MAX_JSON_BYTES = 64 * 1024;

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function apiRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const started = performance.now();
    const path = new URL(request.url).pathname;
    const requestId = request.headers.get("x-request-id") ?? undefined;
    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      if (!isAppError(error)) logger.error({ err: error, path, requestId }, "unhandled error");
      response = problemResponse(isAppError(error) ? error : INTERNAL_ERROR);
    }
    logger.info(
      { method: request.method, path, status: response.status, ms: Math.round(performance.now() - started), requestId },
      "request",
    );
    return response;
  };
}

/** Reads a JSON body: right content type, at most `maxBytes`, well-formed, valid by `schema`. */
export async function readJson<T>(request: Request, schema: z.ZodType<T>, maxBytes = MAX_JSON_BYTES): Promise<T> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError({
      status: 415,
      code: "unsupported-media-type",
      title: "不支持的内容类型",
      detail: "请求体必须是 JSON（Content-Type: application/json）",
    });
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError({ status: 400, code: "malformed-json", title: "JSON 格式错误", detail: "请求体不是合法的 UTF-8 JSON" });
  }
  return parseInput(schema, parsed);
}

/** Parses the query string with `schema` (each parameter once; a repeated one keeps its last value). */
export function readQuery<T>(request: Request, schema: z.ZodType<T>, detail = "查询参数无效：请使用文档列出的取值"): T {
  return parseInput(schema, Object.fromEntries(new URL(request.url).searchParams), detail);
}

/** Parses any input with `schema`; a failure is a 400 with one field error per issue. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, detail?: string): T {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(result.error, detail);
  return result.data;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError({
    status: 413,
    code: "payload-too-large",
    title: "请求体过大",
    detail: `请求体不能超过 ${Math.round(maxBytes / 1024)} KB`,
  });
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}
