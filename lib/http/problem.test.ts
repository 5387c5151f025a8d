/**
 * The error rule end to end: every kind of AppError becomes a problem+json body that the OpenAPI
 * document's Problem schema accepts, with its status, code and fields; anything else is a generic
 * 500 that shows no internals.
 */
import { describe, expect, it, vi } from "vitest";
import { z } from "@/lib/validations/zod";
import { DecisionInputError } from "@/lib/decision";
import { AppError, conflict, invalidInput, notFound } from "@/lib/errors";
import { PROBLEM_SCHEMA } from "@/lib/openapi/spec";
import { ImportFileError } from "@/lib/survey-files";
import { ImportServiceError } from "@/lib/survey-import";
import { accepts } from "@/tests/support/json-schema";
import { problemBody } from "./problem";

const logged = vi.hoisted(() => [] as unknown[]);
vi.mock("server-only", () => ({}));
vi.mock("@/lib/logger", () => ({ logger: { error: (...entry: unknown[]) => logged.push(entry), info: () => {} } }));
const { apiRoute } = await import("./route");

const zodError = z.object({ version: z.number() }).safeParse({ version: "x" }).error!;

const CASES: [string, AppError, { status: number; code: string }][] = [
  ["invalid input", invalidInput(zodError), { status: 400, code: "invalid-input" }],
  ["engine input", new DecisionInputError("INVALID_TIER", "tier 无效", ["tier"]), { status: 400, code: "INVALID_TIER" }],
  ["unreadable file", new ImportFileError("unknown-sheet", "找不到工作表", { sheets: ["调研"] }), { status: 400, code: "unknown-sheet" }],
  ["file too large", new ImportFileError("file-too-large", "文件过大"), { status: 413, code: "file-too-large" }],
  [
    "row errors",
    new ImportServiceError("rows-invalid", 422, "数据校验未通过", "1 行有错误", { errors: [{ row: 3, column: "所在区", message: "未知的区" }] }),
    { status: 422, code: "rows-invalid" },
  ],
  ["not found", notFound("评估不存在"), { status: 404, code: "not-found" }],
  ["conflict", conflict("assessment-draft", "评估尚未提交", "请先提交"), { status: 409, code: "assessment-draft" }],
];

describe("problem bodies", () => {
  it.each(CASES)("%s: status, code and the documented shape", (_, error, expected) => {
    const body = problemBody(error);
    expect(body).toMatchObject({ ...expected, title: error.title });
    expect(accepts(PROBLEM_SCHEMA, body)).toBe(true);
  });

  it("carries one field error per zod issue and the engine's offending field", () => {
    expect(problemBody(invalidInput(zodError)).errors).toEqual([{ path: "version", message: expect.stringMatching(/[\u4e00-\u9fff]/) }]);
    expect(problemBody(new DecisionInputError("INVALID_TIER", "tier 无效", ["tier"])).errors).toEqual([{ path: "tier", message: "tier 无效" }]);
  });
});

describe("apiRoute", () => {
  const request = new Request("http://test.local/api/v1/x");

  it("answers an AppError thrown anywhere below it as problem+json", async () => {
    const response = await apiRoute(async () => {
      throw conflict("stale", "数据已变化");
    })(request, undefined);
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 409, code: "stale", title: "数据已变化" });
  });

  it("answers anything else as a generic 500 without internals", async () => {
    const response = await apiRoute(async () => {
      throw new Error("connection string postgres://secret@db");
    })(request, undefined);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("secret");
    expect(JSON.parse(text)).toMatchObject({ status: 500, code: "internal" });
    expect(logged).toHaveLength(1);
  });
});
