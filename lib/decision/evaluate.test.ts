import { describe, expect, it } from "vitest";
import { evaluateResponseSchema, type EvaluateRequest } from "@/lib/validations/evaluate";
import { BENCH_REQUEST_FACTORS, BENCH_REQUEST_FACTS } from "@/tests/support/evaluate-requests";
import { TRACE_NODES } from "@/lib/domain/decision-codes";
import { DecisionInputError } from "./errors";
import { evaluate } from "./evaluate";
import { loadReference } from "@/tests/support/reference-data";

const reference = loadReference();
const request = (overrides: Partial<EvaluateRequest> = {}): EvaluateRequest => ({ ...BENCH_REQUEST_FACTORS, ...overrides });
const codes = (r: EvaluateRequest) => evaluate(r, reference).warnings.map((w) => w.code);

describe("evaluate: the whole tree (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4)", () => {
  it("answers the worked example end to end", () => {
    const result = evaluate(BENCH_REQUEST_FACTORS, reference);
    expect(result.rootNode).toEqual({ tier: "critical", rtoMaxSeconds: 7200, rpoMaxSeconds: 300, syncMode: "semi-sync-wal" });
    expect(result.pruning).toMatchObject({ score: 0.864, decision: "automated", factorSources: { xinchuang: "given" } });
    expect(result.combination.stack.id).toBe(3);
    expect(result.architecture.profile).toMatchObject({ id: "microservice-gateway", goFloor: "1.21", adaptationDays: 14 });
    expect(result.knowledgeCards).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("raises the Go floor to 1.19 for a Loongson target, in the warning and the trace", () => {
    const loongson = evaluate(
      {
        ...BENCH_REQUEST_FACTS,
        facts: { ...BENCH_REQUEST_FACTS.facts, xinchuang: { os: "kylin-v10", database: "dm8", cpu: "loongson" } },
        scenario: { ...BENCH_REQUEST_FACTS.scenario, workload: "device-protocol", goVersion: "1.18" },
      },
      reference,
    );
    expect(loongson.architecture.profile.goFloor).toBe("1.18");
    expect(loongson.warnings.find((w) => w.code === "GO_BELOW_FLOOR")?.message).toContain("1.19");
    expect(loongson.trace.find((t) => t.node === "architecture")?.outputs).toMatchObject({ goFloor: "1.19" });
  });

  it("matches the response schema", () => {
    for (const r of [BENCH_REQUEST_FACTORS, BENCH_REQUEST_FACTS]) {
      const parsed = evaluateResponseSchema.safeParse(JSON.parse(JSON.stringify(evaluate(r, reference))));
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  });

  it("traces every node in order, each with a Chinese title, a rule and a seed section", () => {
    const { trace } = evaluate(BENCH_REQUEST_FACTS, reference);
    expect(trace.map((t) => t.node)).toEqual(["root", "validation", "normalizer", "normalizer", "normalizer", "pruning", "leaf", "architecture", "knowledge"]);
    const order = trace.map((t) => TRACE_NODES.indexOf(t.node));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const step of trace) {
      expect(step.title).toMatch(/[\u4e00-\u9fff]/);
      expect(step.rule).toMatch(/[\u4e00-\u9fff]/);
      // Named by the article's title, never its file name; the knowledge step points at each card's own source.
      expect(step.seedSection).toMatch(step.node === "knowledge" ? /^各卡片所出的文章/ : /^《[^》]+》/);
      expect(step.seedSection).not.toMatch(/seed/);
    }
    expect(evaluate(BENCH_REQUEST_FACTORS, reference).trace.some((t) => t.node === "normalizer")).toBe(false);
  });

  it("derives factors from facts and reproduces the worked examples", () => {
    const result = evaluate(BENCH_REQUEST_FACTS, reference);
    expect(result.pruning.factors).toEqual({ xinchuang: 0.92, goProficiency: 0.86, couplingInverse: 0.78 });
    expect(result.pruning.factorSources).toEqual({ xinchuang: "facts", goProficiency: "facts", couplingInverse: "facts" });
  });

  it("mixes given and derived factors per factor", () => {
    const result = evaluate(
      request({ factors: { xinchuang: 0.8 }, facts: { goProficiency: { servicesLast6m: 6 }, couplingInverse: { dependencies: [] } } }),
      reference,
    );
    expect(result.pruning.factors).toEqual({ xinchuang: 0.8, goProficiency: 0.95, couplingInverse: 1 });
    expect(result.pruning.factorSources).toEqual({ xinchuang: "given", goProficiency: "facts", couplingInverse: "facts" });
  });

  it("scores 信创 by OS and database alone (国密 is checked separately), and warns when the CPU is unknown", () => {
    const result = evaluate(
      request({
        factors: { goProficiency: 0.9, couplingInverse: 0.9 },
        facts: { xinchuang: { os: "kylin-v10", database: "dm8" } },
      }),
      reference,
    );
    expect(result.pruning.factors.xinchuang).toBe(0.92);
    expect(result.warnings.map((w) => w.code)).toContain("CPU_NOT_ASSESSED");
  });

  it("throws typed errors instead of falling back", () => {
    expect(() => evaluate(request({ tier: "gold" as never }), reference)).toThrow(expect.objectContaining({ code: "INVALID_TIER" }));
    expect(() => evaluate(request({ factors: { xinchuang: 0.9, goProficiency: 0.9 } }), reference)).toThrow(
      expect.objectContaining({ code: "MISSING_FACTOR", path: ["factors", "couplingInverse"] }),
    );
    expect(() =>
      evaluate(request({ facts: { xinchuang: { os: "kylin-v10", database: "dm8" } } }), reference),
    ).toThrow(expect.objectContaining({ code: "INVALID_FACTS" }));
    expect(() => evaluate(request({ scenario: { ...BENCH_REQUEST_FACTORS.scenario, industry: "mining" as never } }), reference)).toThrow(
      DecisionInputError,
    );
    expect(() => evaluate(request({ weights: { xinchuang: 0.5, goProficiency: 0.5, couplingInverse: 0.5 } }), reference)).toThrow(
      expect.objectContaining({ code: "INVALID_WEIGHTS" }),
    );
  });
});

describe("evaluate: validation node (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4)", () => {
  it("refuses a pseudo-correlated feature and routes automated to manual review", () => {
    const result = evaluate(request({ extraFeatures: { districtCode: "120116" } }), reference);
    expect(result.pruning).toMatchObject({ thresholdDecision: "automated", decision: "manual-review", routedToManualReview: true });
    expect(result.warnings.map((w) => w.code)).toEqual(["PSEUDO_CORRELATED_FEATURE"]);
    expect(result.trace.find((t) => t.node === "validation")?.outputs).toMatchObject({ routeToManualReview: true });
  });

  it("keeps defer as defer", () => {
    const result = evaluate(
      request({ factors: { xinchuang: 0.6, goProficiency: 0.9, couplingInverse: 0.9 }, extraFeatures: { 采购周期: "Q3" } }),
      reference,
    );
    expect(result.pruning.decision).toBe("defer");
  });

  it("shows but does not use other extra features", () => {
    const result = evaluate(request({ extraFeatures: { teamSize: 12 } }), reference);
    expect(result.pruning.decision).toBe("automated");
    expect(result.warnings.map((w) => w.code)).toEqual(["UNUSED_EXTRA_FEATURE"]);
  });

  it("never lets the scenario's district change anything but the trace", () => {
    const base = evaluate(request({ scenario: { ...BENCH_REQUEST_FACTORS.scenario, district: undefined } }), reference);
    for (const district of ["binhai", "heping", "jizhou"] as const) {
      const other = evaluate(request({ scenario: { ...BENCH_REQUEST_FACTORS.scenario, district } }), reference);
      expect({ ...other, trace: null }).toEqual({ ...base, trace: null });
    }
  });
});

describe("evaluate: warnings", () => {
  it("warns when strong consistency is needed offline", () => {
    const scenario = { ...BENCH_REQUEST_FACTORS.scenario, density: "browser-offline" as const, consistency: "strong" as const };
    expect(codes(request({ scenario }))).toContain("CONSISTENCY_NOT_MET");
  });

  it("meets a core tier's RPO 0 on central cloud even when eventual consistency was asked (#3, not #5)", () => {
    const scenario = { ...BENCH_REQUEST_FACTORS.scenario, density: "central-cloud" as const, consistency: "eventual" as const };
    const result = evaluate(request({ tier: "core", scenario }), reference);
    expect(result.combination.stack.id).toBe(3);
    expect(result.warnings.map((w) => w.code)).not.toContain("RPO_NOT_MET");
    const leaf = result.trace.find((t) => t.node === "leaf");
    expect(leaf?.inputs).toMatchObject({ tier: "core", rpoMaxSeconds: 0 });
    expect(leaf?.outputs).toMatchObject({ combinationId: 3, consistencyMet: true });
  });

  it("says in the warnings and in the leaf's trace step when the stack cannot meet RPO 0", () => {
    const scenario = { ...BENCH_REQUEST_FACTORS.scenario, density: "edge-node" as const, consistency: "eventual" as const };
    const result = evaluate(request({ tier: "core", scenario }), reference);
    const warning = result.warnings.find((w) => w.code === "RPO_NOT_MET");
    expect(warning?.message).toContain("达不到 RPO = 0");
    const leaf = result.trace.find((t) => t.node === "leaf");
    expect(leaf?.rule).toContain("（本产品规则）");
    expect(String(leaf?.outputs.reason)).toContain(warning?.message ?? "?");
    expect(evaluateResponseSchema.safeParse(JSON.parse(JSON.stringify(result))).success).toBe(true);
  });

  it("warns about missing SM crypto for finance and a Go version below the floor", () => {
    const scenario = { ...BENCH_REQUEST_FACTORS.scenario, crypto: "none" as const, goVersion: "1.19" };
    expect(codes(request({ scenario }))).toEqual(["SM_CRYPTO_MISSING", "GO_BELOW_FLOOR"]);
  });
});
