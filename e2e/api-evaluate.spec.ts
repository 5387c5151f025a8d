/**
 * POST /api/v1/evaluate over HTTP against the built app: the seed's worked examples end to end,
 * precise problem+json errors, and a few hundred generated malformed bodies with zero 5xx; a huge
 * chunked body and text the database cannot store are refused before they cost anything.
 */
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { BINHAI_BANK_GATEWAY } from "@/lib/assessments/examples";
import { EVALUATE_EXAMPLE } from "@/lib/openapi/paths/decision";
import { hugePost, measure } from "@/tests/support/huge-body";

const URL = "/api/v1/evaluate";

test("the seed's worked examples: Kylin V10 + DM8 → 0.92, 3 services → 0.86, 2 HTTP interfaces → 0.78", async ({ request }) => {
  const response = await request.post(URL, { data: EVALUATE_EXAMPLE });
  expect(response.status()).toBe(200);
  const result = await response.json();
  expect(result.pruning.factors).toEqual({ xinchuang: 0.92, goProficiency: 0.86, couplingInverse: 0.78 });
  expect(result.pruning.score).toBeCloseTo(0.4 * 0.92 + 0.35 * 0.86 + 0.25 * 0.78, 10);
  expect(result.pruning.decision).toBe("automated");
  expect(result.rootNode).toEqual({ tier: "core", rtoMaxSeconds: 900, rpoMaxSeconds: 0, syncMode: "sync-multi-active" });
  expect(result.architecture.profile.id).toBe("microservice-gateway");
  expect(result.combination.stack.id).toBe(3);
  expect(result.knowledgeCards.map((c: { card: { id: string } }) => c.card.id)).toContain("go122-scheduler");
  expect(result.trace.map((s: { node: string }) => s.node)).toContain("pruning");
});

test("boundaries are inclusive and the decisions follow the thresholds", async ({ request }) => {
  const base = { tier: "standard", scenario: { industry: "government", workload: "form-workflow", density: "device", consistency: "eventual" } };
  const decide = async (xinchuang: number, goProficiency: number, couplingInverse: number) => {
    const response = await request.post(URL, { data: { ...base, factors: { xinchuang, goProficiency, couplingInverse } } });
    expect(response.status()).toBe(200);
    return (await response.json()).pruning.decision;
  };
  expect(await decide(0.7, 0.75, 0.6)).toBe("automated");
  expect(await decide(0.69, 0.95, 0.95)).toBe("defer");
  expect(await decide(0.9, 0.74, 0.95)).toBe("manual-review");
  expect(await decide(0.9, 0.95, 0.59)).toBe("manual-review");
});

test("bad input is answered with problem+json and one error per field", async ({ request }) => {
  const response = await request.post(URL, {
    data: { tier: "gold", factors: { xinchuang: 1.2, goProficiency: "high" }, scenario: { industry: "finance" } },
  });
  expect(response.status()).toBe(400);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const problem = await response.json();
  const paths = problem.errors.map((e: { path: string }) => e.path);
  expect(paths).toEqual(expect.arrayContaining(["tier", "factors.xinchuang", "factors.goProficiency", "scenario.workload"]));
});

test("malformed JSON, wrong content type and oversized bodies are 4xx", async ({ request }) => {
  const malformed = await request.post(URL, { headers: { "content-type": "application/json" }, data: "{not json" });
  expect(malformed.status()).toBe(400);
  const wrongType = await request.post(URL, { headers: { "content-type": "text/plain" }, data: JSON.stringify(EVALUATE_EXAMPLE) });
  expect(wrongType.status()).toBe(415);
  const huge = await request.post(URL, {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ ...EVALUATE_EXAMPLE, extraFeatures: { pad: "x".repeat(70 * 1024) } }),
  });
  expect(huge.status()).toBe(413);
  for (const response of [malformed, wrongType, huge]) {
    expect(response.headers()["content-type"]).toContain("application/problem+json");
  }
});

test("a few hundred generated malformed bodies never cause a 5xx", async ({ request }) => {
  test.setTimeout(120_000);
  const anything = fc.oneof(fc.jsonValue(), fc.string(), fc.constant(null));
  const mutated = fc
    .record({
      tier: fc.oneof(fc.constantFrom("core", "critical", "standard", "", "CORE"), anything),
      factors: fc.oneof(
        fc.record({ xinchuang: anything, goProficiency: fc.double(), couplingInverse: fc.double({ min: -2, max: 2 }) }, { requiredKeys: [] }),
        anything,
      ),
      facts: fc.oneof(fc.record({ xinchuang: fc.record({ os: anything, database: anything }) }, { requiredKeys: [] }), anything),
      scenario: fc.oneof(fc.record({ industry: anything, workload: anything, density: anything, consistency: anything }, { requiredKeys: [] }), anything),
      weights: fc.oneof(fc.record({ xinchuang: fc.double(), goProficiency: fc.double(), couplingInverse: fc.double() }), anything),
      extraFeatures: anything,
    }, { requiredKeys: [] });
  const bodies = fc.sample(fc.oneof(mutated, anything), { numRuns: 300, seed: 20261123 });
  const statuses = new Map<number, number>();
  for (const body of bodies) {
    const response = await request.post(URL, { headers: { "content-type": "application/json" }, data: JSON.stringify(body) ?? "null" });
    statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
    expect(response.status(), `body: ${JSON.stringify(body)?.slice(0, 300)}`).toBeLessThan(500);
  }
  expect(statuses.get(400)).toBeGreaterThan(200);
});

test("a 100 MB chunked body is answered 413 after about the limit, quickly, without the server reading it", async () => {
  const { init, pulled } = hugePost({ "content-type": "application/json" });
  const { result: response, ms, grewBytes } = await measure(() => fetch(new globalThis.URL(URL, test.info().project.use.baseURL), init));
  expect(response.status).toBe(413);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  expect(await response.json()).toMatchObject({ status: 413, code: "payload-too-large" });
  // What left this process before the answer came back: socket buffers, nowhere near 100 MB.
  expect(pulled()).toBeLessThan(16 * 1024 * 1024);
  expect(ms).toBeLessThan(5000);
  expect(grewBytes).toBeLessThan(32 * 1024 * 1024);
});

test("text the database cannot store (a lone surrogate, NUL) is a 400 naming the field, not a 500", async ({ request }) => {
  for (const systemName of ["x\ud800y", "a\u0000b"]) {
    // JSON.stringify writes both as escapes (\ud800, \u0000), as a client library would send them.
    const response = await request.post("/api/v1/assessments", {
      headers: { "content-type": "application/json" },
      data: JSON.stringify({ ...BINHAI_BANK_GATEWAY, systemName, submit: false }),
    });
    expect(response.status(), JSON.stringify(systemName)).toBe(400);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    const problem = await response.json();
    expect(problem).toMatchObject({ status: 400, code: "invalid-input" });
    expect(problem.errors).toEqual([{ path: "systemName", message: expect.stringContaining("无法保存的字符") }]);
  }
});
