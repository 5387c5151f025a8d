/**
 * Route handlers read as "parse → authorise → call lib/ → respond". `apiRoute` is the one place
 * that turns failures into responses: an `AppError` (lib/errors.ts) becomes its problem+json,
 * anything else is logged and answered as a generic 500 without internals. Every request is
 * logged without bodies or personal data. It also refuses state-changing requests from other
 * origins (lib/security/origin.ts) before the handler runs: every route handler under app/api
 * is built with it (api-routes.test.ts checks), so a new route cannot forget the check, and
 * the proxy, which would buffer every request body, stays off the API. `readJson` and
 * `readQuery` parse input with its zod schema and throw field errors.
 */
import "server-only";
import type { z } from "zod";
import { env } from "@/lib/env";
import { AppError, invalidInput, isAppError } from "@/lib/errors";
import { INTERNAL_ERROR, problemResponse } from "@/lib/http/problem";
import { unstorableTextError } from "@/lib/http/storable-text";
import { logger } from "@/lib/logger";
import { crossOriginRefusal } from "@/lib/security/origin";
import { readBodyWithin } from "@/lib/http/body";

export const MAX_JSON_BYTES = 64 * 1024;

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function apiRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const started = performance.now();
    const path = new URL(request.url).pathname;
    const requestId = request.headers.get("x-request-id") ?? undefined;
    let response: Response;
    try {
      const refusal = crossOriginRefusal(request, env().NEXTAUTH_URL);
      if (refusal) throw refusal;
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

/**
 * Reads a JSON body: right content type, at most `maxBytes` (counted while reading), well-formed,
 * only text the database can store, valid by `schema`.
 */
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
  const bytes = await readBodyWithin(request, maxBytes);
  if (!bytes) throw tooLarge(maxBytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError({ status: 400, code: "malformed-json", title: "JSON 格式错误", detail: "请求体不是合法的 UTF-8 JSON" });
  }
  const unstorable = unstorableTextError(parsed);
  if (unstorable) throw unstorable;
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

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * Handlers for the methods a route file does not implement — 405 problem+json with `Allow` — and
 * its OPTIONS. A route file exports the ones it lacks and OPTIONS
 * (`export const { PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET")`), because Next's own
 * 405 has neither a body nor `Allow`, and its own OPTIONS would list these stubs as allowed. HEAD
 * stays Next's: it answers it from GET (a 405 where GET is a stub).
 */
export function methodNotAllowed(...allowed: HttpMethod[]): Record<HttpMethod | "OPTIONS", Handler<unknown>> {
  const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].sort().join(", ");
  const refuse = apiRoute(async () => {
    throw new AppError({
      status: 405,
      code: "method-not-allowed",
      title: "不支持的请求方法",
      detail: `此接口只接受 ${allow}`,
      headers: { Allow: allow },
    });
  });
  const options = async () => new Response(null, { status: 204, headers: { Allow: allow } });
  return { ...(Object.fromEntries(HTTP_METHODS.map((method) => [method, refuse])) as Record<HttpMethod, Handler<unknown>>), OPTIONS: options };
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}
