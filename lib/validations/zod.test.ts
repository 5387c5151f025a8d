/**
 * No English message reaches a user or an API client: zod's own messages come in Chinese
 * (lib/validations/zod.ts), and every issue the request schemas raise for a bad body is Chinese.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BINHAI_BANK_GATEWAY, IOT_EDGE_NODE } from "@/lib/assessments/examples";
import { EVALUATE_EXAMPLE } from "@/lib/openapi/paths/decision";
import { assessmentWriteSchema } from "@/lib/validations/assessment";
import { compatCheckProfileSchema } from "@/lib/validations/compat-check";
import { evaluateRequestSchema } from "@/lib/validations/evaluate";
import { z } from "@/lib/validations/zod";
import { BASE_PROFILE } from "@/tests/support/compat-check";
import { BENCH_REQUEST_FACTORS } from "@/tests/support/evaluate-requests";

const CJK = /[\u4e00-\u9fff]/;
/** zod's English vocabulary, and the JSON type names a message could leave untranslated. */
const ENGLISH = /\b(?:invalid|expected|received|required|too (?:big|small)|unrecognized|must|input|option|object|string|number|boolean|array|undefined)\b/i;

const WRONG_VALUES: unknown[] = [null, 42, true, "x".repeat(300), "not-an-option", [], { unknownField: 1 }];

/** `valid` with one member at a time (at any depth) left out or replaced by a wrong value. */
function badVariants(valid: unknown): unknown[] {
  const variants = [...WRONG_VALUES];
  if (Array.isArray(valid) && valid.length > 0) {
    for (const item of badVariants(valid[0])) variants.push([item, ...valid.slice(1)]);
  } else if (typeof valid === "object" && valid !== null) {
    for (const [key, value] of Object.entries(valid)) {
      variants.push(Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key)));
      for (const item of badVariants(value)) variants.push({ ...valid, [key]: item });
    }
  }
  return variants;
}

const REQUESTS: [string, z.ZodType, unknown[]][] = [
  ["evaluate", evaluateRequestSchema, [EVALUATE_EXAMPLE, { ...BENCH_REQUEST_FACTORS, weights: { xinchuang: 0.4, goProficiency: 0.35, couplingInverse: 0.25 }, extraFeatures: { teamSize: 8 } }]],
  ["assessment write", assessmentWriteSchema, [{ ...BINHAI_BANK_GATEWAY, submit: true }, { ...IOT_EDGE_NODE, submit: true }, { systemName: "草稿", submit: false }]],
  ["compat-check", compatCheckProfileSchema, [BASE_PROFILE]],
];

describe("zod's own messages", () => {
  it("are Chinese for a schema that sets none", () => {
    const issues = z.strictObject({ name: z.string().max(3), count: z.number().int(), kind: z.enum(["a", "b"]) }).safeParse({ name: "long", count: 1.5, kind: "c" }).error!.issues;
    expect(issues).toHaveLength(3);
    for (const { message } of issues) expect(message).toMatch(CJK);
    expect(z.object({}).safeParse(null).error!.issues[0]!.message).toMatch(/^无效输入/);
  });

  it("come from the locale set once, in lib/validations/zod.ts, which every schema module imports", () => {
    const root = path.resolve(__dirname, "..", "..");
    const sources = ["app", "lib", "components", "scripts"].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
        .filter((file) => /\.tsx?$/.test(file) && !file.includes("generated"))
        .map((file) => path.join(dir, file)),
    );
    const own = path.join("lib", "validations", "zod.ts");
    const text = (file: string) => readFileSync(path.join(root, file), "utf8");
    expect(sources.filter((file) => file !== own && /^import (?!type\b)[^;]*from "zod(?:\/[^"]*)?";/m.test(text(file)))).toEqual([]);
    expect(sources.filter((file) => /\bz\.config\(/.test(text(file)))).toEqual([own]);
  });
});

describe.each(REQUESTS)("every issue of a bad %s body", (_, schema, examples) => {
  it("is Chinese, with no English word", () => {
    let refused = 0;
    for (const example of examples) {
      expect(schema.safeParse(example).success).toBe(true);
      for (const body of badVariants(example)) {
        const result = schema.safeParse(body);
        if (result.success) continue;
        refused += 1;
        for (const { message, path: at } of result.error.issues) {
          expect(message, `${at.join(".")} of ${JSON.stringify(body)}`).toMatch(CJK);
          expect(message, `${at.join(".")} of ${JSON.stringify(body)}`).not.toMatch(ENGLISH);
        }
      }
    }
    expect(refused).toBeGreaterThan(20);
  });
});
