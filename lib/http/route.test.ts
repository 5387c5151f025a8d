/**
 * What `readJson` and `apiRoute` refuse before a handler runs: a body over the limit, counted while
 * reading (a 100 MB chunked body costs the limit, not 100 MB); text the database cannot store,
 * named by field; and a state-changing request from another origin.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "@/lib/validations/zod";
import { isAppError } from "@/lib/errors";
import { hugeRequest, measure } from "@/tests/support/huge-body";

const environment = vi.hoisted(() => ({ NEXTAUTH_URL: "https://tjgo.example.cn" }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/env", () => ({ env: () => environment }));
vi.mock("@/lib/logger", () => ({ logger: { error: () => {}, info: () => {} } }));
const { MAX_JSON_BYTES, apiRoute, json, readJson } = await import("./route");

const URL = "http://127.0.0.1:3000/api/v1/evaluate";
const JSON_TYPE = { "content-type": "application/json" };
const anything = z.unknown();

function post(body: string, headers: Record<string, string> = {}) {
  return new Request(URL, { method: "POST", body, headers: { ...JSON_TYPE, ...headers } });
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("readJson: the size limit is counted while reading", () => {
  it("answers a 100 MB chunked body 413 after reading about the limit, quickly, with flat memory", async () => {
    const { request, pulled } = hugeRequest(URL, JSON_TYPE);
    const { result, ms, grewBytes } = await measure(() => failure(readJson(request, anything)));
    expect(result).toMatchObject({ status: 413, code: "payload-too-large" });
    expect(pulled()).toBeLessThan(MAX_JSON_BYTES + 1024 * 1024);
    expect(ms).toBeLessThan(2000);
    expect(grewBytes).toBeLessThan(16 * 1024 * 1024);
  });

  it("does not trust a Content-Length that understates the body", async () => {
    const { request, pulled } = hugeRequest(URL, { ...JSON_TYPE, "content-length": "2" });
    expect(await failure(readJson(request, anything))).toMatchObject({ status: 413 });
    expect(pulled()).toBeLessThan(MAX_JSON_BYTES + 1024 * 1024);
  });

  it("refuses a declared Content-Length over the limit before reading, and reads a body within it", async () => {
    const declared = post("{}", { "content-length": String(MAX_JSON_BYTES + 1) });
    expect(await failure(readJson(declared, anything))).toMatchObject({ status: 413 });
    const padded = JSON.stringify({ pad: "x".repeat(MAX_JSON_BYTES - 20) });
    expect(await readJson(post(padded), z.object({ pad: z.string() }))).toEqual(JSON.parse(padded));
    expect(await failure(readJson(post(JSON.stringify({ pad: "x".repeat(MAX_JSON_BYTES) })), anything))).toMatchObject({ status: 413 });
  });
});

describe("readJson: text the database cannot store", () => {
  it.each([
    ["a lone high surrogate", String.raw`{"systemName":"x\ud800y"}`, ["systemName"]],
    ["a lone low surrogate", String.raw`{"systemName":"\udc00"}`, ["systemName"]],
    ["NUL", String.raw`{"systemName":"a\u0000b"}`, ["systemName"]],
    ["nested, in arrays and in keys", String.raw`{"a":{"b":["ok","\u0000"]},"k\ud800":1}`, ["a.b.1", "k\ud800"]],
    ["the whole body", String.raw`"\ud800"`, [""]],
  ])("refuses %s with a 400 naming the field, in Chinese", async (_, body, paths) => {
    const error = await failure(readJson(post(body), anything));
    expect(error).toMatchObject({ status: 400, code: "invalid-input" });
    expect(error.fields?.map((field) => field.path).sort()).toEqual([...paths].sort());
    expect(error.fields?.[0]?.message).toMatch(/无法保存的字符/);
  });

  it("is checked before the schema, and accepts surrogate pairs (emoji) and CJK text", async () => {
    const error = await failure(readJson(post(String.raw`{"n":"\u0000"}`), z.object({ n: z.number() })));
    expect(error.fields).toEqual([{ path: "n", message: expect.stringMatching(/无法保存/) }]);
    expect(await readJson(post(String.raw`{"s":"天津 \ud83d\ude80 😀"}`), anything)).toEqual({ s: "天津 🚀 😀" });
  });

  it("walks a deeply nested body without overflowing the stack", async () => {
    const deep = "[".repeat(20_000) + String.raw`"\u0000"` + "]".repeat(20_000);
    const error = await failure(readJson(post(deep), anything));
    expect(error.fields?.[0]?.path).toBe(Array(20_000).fill("0").join("."));
  });
});

describe("apiRoute: state-changing requests from another origin", () => {
  const handled = vi.fn(async () => json({ ok: true }));
  const route = apiRoute(handled);
  const request = (method: string, headers: Record<string, string>) =>
    new Request(URL, { method, headers: { host: "127.0.0.1:3000", ...headers }, ...(method === "GET" ? {} : { body: "{}" }) });

  afterEach(() => {
    handled.mockClear();
  });

  it("refuses another Origin, or a cross-site Sec-Fetch-Site, with a 403 problem before the handler runs", async () => {
    const foreign: Record<string, string>[] = [
      { origin: "http://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      // The http address the server sees behind the https site's proxy is not the site's origin.
      { origin: "http://127.0.0.1:3000" },
    ];
    for (const headers of foreign) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const response = await route(request(method, headers), undefined);
        expect(response.status, `${method} ${JSON.stringify(headers)}`).toBe(403);
        expect(response.headers.get("content-type")).toContain("application/problem+json");
        expect(await response.json()).toMatchObject({ status: 403, code: "cross-origin-request", title: "跨站请求已拒绝" });
      }
    }
    expect(handled).not.toHaveBeenCalled();
  });

  it("lets through the app's own origin, the public URL's, header-less clients and safe methods", async () => {
    const allowed: [string, Record<string, string>][] = [
      ["PUT", { origin: "https://tjgo.example.cn" }],
      ["POST", { "sec-fetch-site": "same-origin" }],
      ["POST", {}],
      ["GET", { origin: "http://evil.example", "sec-fetch-site": "cross-site" }],
    ];
    for (const [method, headers] of allowed) {
      expect((await route(request(method, headers), undefined)).status, `${method} ${JSON.stringify(headers)}`).toBe(200);
    }
    expect(handled).toHaveBeenCalledTimes(allowed.length);
  });
});
