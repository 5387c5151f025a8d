/**
 * Small composable guards for route handlers (taxonomy's api-middlewares): a handler reads as
 * "parse → authorise → call lib/ → respond". `apiRoute` answers expected failures as problem+json,
 * logs every request (no bodies, no personal data) and hides internals of unexpected errors.
 */
import "server-only";
import type { z } from "zod";
import { logger } from "@/lib/logger";
import { HttpProblem, problemResponse, validationProblem } from "@/lib/http/problem";

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
      if (error instanceof HttpProblem) {
        response = problemResponse(error);
      } else {
        logger.error({ err: error, path, requestId }, "unhandled error");
        response = problemResponse(new HttpProblem(500, "服务器内部错误", "请求未能完成，请稍后重试"));
      }
    }
    logger.info(
      { method: request.method, path, status: response.status, ms: Math.round(performance.now() - started), requestId },
      "request",
    );
    return response;
  };
}

/** Reads a JSON body: right content type, at most MAX_JSON_BYTES, well-formed, valid by `schema`. */
export async function readJson<T>(request: Request, schema: z.ZodType<T>, maxBytes = MAX_JSON_BYTES): Promise<T> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new HttpProblem(415, "不支持的内容类型", "请求体必须是 JSON（Content-Type: application/json）");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new HttpProblem(400, "JSON 格式错误", "请求体不是合法的 UTF-8 JSON");
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw validationProblem(result.error);
  return result.data;
}

function tooLarge(maxBytes: number): HttpProblem {
  return new HttpProblem(413, "请求体过大", `请求体不能超过 ${Math.round(maxBytes / 1024)} KB`);
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}
