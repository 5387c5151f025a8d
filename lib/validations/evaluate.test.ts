import { describe, expect, it } from "vitest";
import { z } from "@/lib/validations/zod";
import { evaluateRequestSchema, evaluateResponseSchema, weightsSchema } from "./evaluate";

const valid = {
  tier: "critical",
  factors: { xinchuang: 0.92, goProficiency: 0.86, couplingInverse: 0.78 },
  scenario: { industry: "finance", workload: "api-gateway", density: "central-cloud", consistency: "strong" },
};
const issues = (input: unknown) => {
  const result = evaluateRequestSchema.safeParse(input);
  return (result.error?.issues ?? []).map((i) => ({ path: i.path.join("."), message: i.message }));
};
const pathsOf = (input: unknown) => issues(input).map((i) => i.path);
const chinese = /[\u4e00-\u9fff]/;

describe("evaluateRequestSchema", () => {
  it("accepts the worked example, facts, and a per-factor mix", () => {
    expect(issues(valid)).toEqual([]);
    expect(
      issues({
        ...valid,
        factors: undefined,
        facts: {
          xinchuang: { os: "kylin-v10", database: "dm8", cpu: "phytium" },
          goProficiency: { servicesLast6m: 3, levels: { junior: 1, mid: 2, senior: 1 } },
          couplingInverse: { dependencies: [{ kind: "internal-http", count: 2 }] },
        },
      }),
    ).toEqual([]);
    expect(issues({ ...valid, factors: { xinchuang: 0.9 }, facts: { goProficiency: { servicesLast6m: 3 }, couplingInverse: { dependencies: [] } } })).toEqual([]);
  });

  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["a string", "0.9"],
    ["null", null],
    ["above 1", 1.01],
    ["below 0", -0.01],
  ])("rejects a factor given as %s, at its path, in Chinese", (_, value) => {
    const found = issues({ ...valid, factors: { ...valid.factors, goProficiency: value } });
    expect(found.map((i) => i.path)).toContain("factors.goProficiency");
    for (const issue of found) expect(issue.message).toMatch(chinese);
  });

  it("accepts the inclusive boundaries 0 and 1", () => {
    expect(issues({ ...valid, factors: { xinchuang: 0, goProficiency: 1, couplingInverse: 0.6 } })).toEqual([]);
  });

  it("rejects missing fields with per-field paths", () => {
    expect(pathsOf({ ...valid, tier: undefined })).toEqual(["tier"]);
    expect(pathsOf({ ...valid, scenario: { ...valid.scenario, density: undefined } })).toEqual(["scenario.density"]);
    expect(pathsOf({ ...valid, factors: { xinchuang: 0.9 } })).toEqual(["factors.goProficiency", "factors.couplingInverse"]);
    expect(pathsOf({ ...valid, factors: undefined })).toEqual(["factors.xinchuang", "factors.goProficiency", "factors.couplingInverse"]);
    expect(pathsOf({ ...valid, factors: undefined, facts: { xinchuang: { os: "kylin-v10" } } })).toContain("facts.xinchuang.database");
    expect(issues({ ...valid, tier: undefined })[0]?.message).toBe("请选择业务连续性等级");
  });

  it("rejects an unknown tier (no fallback) and unknown enum values", () => {
    expect(issues({ ...valid, tier: "gold" })).toEqual([{ path: "tier", message: "业务连续性等级不在可选范围内" }]);
    expect(pathsOf({ ...valid, scenario: { ...valid.scenario, industry: "mining" } })).toEqual(["scenario.industry"]);
    expect(pathsOf({ ...valid, scenario: { ...valid.scenario, goVersion: "go1.22" } })).toEqual(["scenario.goVersion"]);
  });

  it("rejects a factor given both directly and by facts", () => {
    expect(pathsOf({ ...valid, facts: { goProficiency: { servicesLast6m: 3 } } })).toEqual(["factors.goProficiency"]);
  });

  it("rejects unknown keys instead of silently dropping them", () => {
    expect(issues({ ...valid, district: "binhai" })).toEqual([{ path: "", message: "请求中有不支持的字段：district" }]);
    expect(pathsOf({ ...valid, scenario: { ...valid.scenario, districtCode: "x" } })).toEqual(["scenario"]);
  });

  it("rejects bad facts at their paths", () => {
    const facts = (goProficiency: unknown) => ({ ...valid, factors: { xinchuang: 0.9, couplingInverse: 0.9 }, facts: { goProficiency } });
    expect(pathsOf(facts({ servicesLast6m: -1 }))).toEqual(["facts.goProficiency.servicesLast6m"]);
    expect(pathsOf(facts({ servicesLast6m: 2.5 }))).toEqual(["facts.goProficiency.servicesLast6m"]);
    expect(pathsOf(facts({ servicesLast6m: 2, levels: { junior: 1, mid: 1 } }))).toEqual(["facts.goProficiency.levels.senior"]);
    const coupling = { ...valid, factors: { xinchuang: 0.9, goProficiency: 0.9 }, facts: { couplingInverse: { dependencies: [{ kind: "ftp", count: 1 }] } } };
    expect(pathsOf(coupling)).toEqual(["facts.couplingInverse.dependencies.0.kind"]);
  });

  it("rejects scenario.crypto that contradicts the 信创 facts", () => {
    const input = {
      ...valid,
      factors: { goProficiency: 0.9, couplingInverse: 0.9 },
      facts: { xinchuang: { os: "kylin-v10", database: "dm8", crypto: "none" } },
      scenario: { ...valid.scenario, crypto: "sm-tls13" },
    };
    expect(pathsOf(input)).toEqual(["facts.xinchuang.crypto"]);
  });

  it("validates extra features' values but lets the engine judge their names", () => {
    expect(issues({ ...valid, extraFeatures: { districtCode: "120116", teamSize: 8, remote: true, none: null } })).toEqual([]);
    expect(pathsOf({ ...valid, extraFeatures: { x: { nested: 1 } } })).toEqual(["extraFeatures.x"]);
    expect(pathsOf({ ...valid, extraFeatures: { x: Number.NaN } })).toEqual(["extraFeatures.x"]);
  });
});

describe("weightsSchema", () => {
  it("accepts non-negative weights summing to 1 ± 1e-9", () => {
    expect(weightsSchema.safeParse({ xinchuang: 0.4, goProficiency: 0.35, couplingInverse: 0.25 }).success).toBe(true);
    expect(weightsSchema.safeParse({ xinchuang: 1 / 3, goProficiency: 1 / 3, couplingInverse: 1 / 3 }).success).toBe(true);
    expect(weightsSchema.safeParse({ xinchuang: 1, goProficiency: 0, couplingInverse: 0 }).success).toBe(true);
  });

  it("rejects weights that do not sum to 1, at weights, in Chinese", () => {
    expect(issues({ ...valid, weights: { xinchuang: 0.5, goProficiency: 0.35, couplingInverse: 0.25 } })).toEqual([
      { path: "weights", message: expect.stringContaining("三个权重之和必须等于 1") },
    ]);
    expect(pathsOf({ ...valid, weights: { xinchuang: 0.4 + 1e-8, goProficiency: 0.35, couplingInverse: 0.25 } })).toEqual(["weights"]);
  });

  it("rejects negative, non-finite and missing weights at their paths", () => {
    expect(pathsOf({ ...valid, weights: { xinchuang: 1.2, goProficiency: -0.2, couplingInverse: 0 } })).toEqual(["weights.xinchuang", "weights.goProficiency"]);
    expect(pathsOf({ ...valid, weights: { xinchuang: Number.NaN, goProficiency: 0.5, couplingInverse: 0.5 } })).toEqual(["weights.xinchuang"]);
    expect(pathsOf({ ...valid, weights: { xinchuang: 0.5, goProficiency: 0.5 } })).toEqual(["weights.couplingInverse"]);
  });
});

describe("JSON Schema for the OpenAPI generator", () => {
  it("converts the request (input) and the response (output) without throwing", () => {
    const request = z.toJSONSchema(evaluateRequestSchema, { io: "input" });
    expect(request.required).toEqual(["tier", "scenario"]);
    expect(request).toMatchObject({
      properties: {
        tier: { enum: ["core", "critical", "standard"] },
        factors: { properties: { xinchuang: { minimum: 0, maximum: 1, example: 0.92 } } },
        scenario: { properties: { district: { description: expect.stringContaining("从不参与决策") } } },
      },
    });
    expect(() => z.toJSONSchema(evaluateResponseSchema, { io: "output" })).not.toThrow();
  });
});
