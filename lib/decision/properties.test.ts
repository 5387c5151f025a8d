/** Property-based tests (fast-check) of the invariants the spec states (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2, §4.4). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CONSISTENCIES,
  CPU_FAMILIES,
  CRYPTO_MODES,
  DATABASES,
  DENSITIES,
  DEPENDENCY_KINDS,
  DISTRICTS,
  FACTORS,
  INDUSTRIES,
  TARGET_OSES,
  TIERS,
  WORKLOADS,
} from "@/lib/domain/catalog";
import type { EvaluateRequest } from "@/lib/validations/evaluate";
import { evaluate } from "./evaluate";
import { normalizeCouplingInverse, normalizeGoProficiency, normalizeXinchuang } from "./normalizers";
import { evaluatePruning, pruningScore } from "./pruning";
import { loadReference } from "@/tests/support/reference-data";
import { PRUNING_THRESHOLDS } from "@/lib/domain/thresholds";

const reference = loadReference();
const unit = fc.double({ min: 0, max: 1, noNaN: true });
/** Values that sit on, just around, or anywhere near the thresholds. */
const nearThreshold = fc.oneof(unit, fc.constantFrom(0.6, 0.7, 0.75, 0.59, 0.69, 0.74, 0.6999999999999999, 0.69999999, 0, 1));
const factors = fc.record({ xinchuang: nearThreshold, goProficiency: nearThreshold, couplingInverse: nearThreshold });
const weights = fc
  .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
  .filter(([a, b, c]) => a + b + c > 0)
  .map(([a, b, c]) => {
    const sum = a + b + c;
    return { xinchuang: a / sum, goProficiency: b / sum, couplingInverse: 1 - a / sum - b / sum };
  })
  .filter((w) => w.couplingInverse >= 0);

const scenario = fc.record({
  industry: fc.constantFrom(...INDUSTRIES),
  workload: fc.constantFrom(...WORKLOADS),
  density: fc.constantFrom(...DENSITIES),
  consistency: fc.constantFrom(...CONSISTENCIES),
  crossBorder: fc.option(fc.boolean(), { nil: undefined }),
  cgo: fc.option(fc.boolean(), { nil: undefined }),
  goVersion: fc.option(fc.constantFrom("1.18", "1.19", "1.20", "1.21", "1.22", "1.23"), { nil: undefined }),
  memoryLimitMb: fc.option(fc.integer({ min: 8, max: 4096 }), { nil: undefined }),
  crypto: fc.option(fc.constantFrom(...CRYPTO_MODES), { nil: undefined }),
});
const request = fc.record({ tier: fc.constantFrom(...TIERS), factors, scenario }) as fc.Arbitrary<EvaluateRequest>;

describe("pruning properties", () => {
  it("the score is always in [0, 1], whatever the valid weights", () => {
    fc.assert(
      fc.property(factors, weights, (f, w) => {
        const score = evaluatePruning(f, w).score;
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("raising a factor never lowers the score", () => {
    fc.assert(
      fc.property(factors, weights, fc.constantFrom(...FACTORS), unit, (f, w, factor, raise) => {
        const higher = { ...f, [factor]: Math.min(1, f[factor] + raise) };
        expect(pruningScore(higher, w)).toBeGreaterThanOrEqual(pruningScore(f, w));
      }),
    );
  });

  it("the decision is exactly what the inclusive thresholds say, and weights never change it", () => {
    fc.assert(
      fc.property(factors, weights, (f, w) => {
        const pass = (k: keyof typeof f) => f[k] >= PRUNING_THRESHOLDS[k] - 1e-9;
        const expected = !pass("xinchuang") ? "defer" : pass("goProficiency") && pass("couplingInverse") ? "automated" : "manual-review";
        expect(evaluatePruning(f, w).decision).toBe(expected);
        expect(evaluatePruning(f).decision).toBe(expected);
      }),
    );
  });

  it("every flip a margin announces really happens at its boundary", () => {
    fc.assert(
      fc.property(factors, (f) => {
        const { decision, margins } = evaluatePruning(f);
        for (const margin of margins) {
          if (margin.flip === null) continue;
          const probe = margin.flip.inclusive ? margin.flip.at : margin.flip.at - 0.001;
          const flipped = evaluatePruning({ ...f, [margin.factor]: probe });
          expect(flipped.decision).toBe(margin.flip.to);
          expect(flipped.decision).not.toBe(decision);
        }
      }),
    );
  });
});

describe("evaluation properties", () => {
  it("the district (and a pseudo-correlated extra feature's value) never changes the decision", () => {
    fc.assert(
      fc.property(request, fc.constantFrom(...DISTRICTS), fc.constantFrom(...DISTRICTS), (r, a, b) => {
        const withA = evaluate({ ...r, scenario: { ...r.scenario, district: a } }, reference);
        const withB = evaluate({ ...r, scenario: { ...r.scenario, district: b } }, reference);
        expect(withA.pruning).toEqual(withB.pruning);
        expect(withA.combination).toEqual(withB.combination);
        expect(withA.architecture).toEqual(withB.architecture);
        expect(withA.warnings).toEqual(withB.warnings);
        const coded = (code: string) => evaluate({ ...r, extraFeatures: { districtCode: code } }, reference).pruning.decision;
        expect(coded(a)).toBe(coded(b));
      }),
    );
  });

  it("a pseudo-correlated feature never yields automated, and leaves defer alone", () => {
    fc.assert(
      fc.property(request, (r) => {
        const plain = evaluate(r, reference).pruning.decision;
        const flagged = evaluate({ ...r, extraFeatures: { procurementCycle: "Q3" } }, reference).pruning.decision;
        expect(flagged).toBe(plain === "automated" ? "manual-review" : plain);
      }),
    );
  });

  it("every request gets exactly one combination declared for its density", () => {
    fc.assert(
      fc.property(request, (r) => {
        const { combination } = evaluate(r, reference);
        expect(combination.stack.densities).toContain(r.scenario.density);
        // A strongly consistent combination also meets an eventual need (core tier may pick one, leaf.ts).
        expect(combination.consistencyMet).toBe(
          combination.stack.consistencies.includes(r.scenario.consistency) || combination.stack.consistencies.includes("strong"),
        );
      }),
    );
  });
});

describe("normalizer properties", () => {
  it("xinchuang stays in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TARGET_OSES),
        fc.constantFrom(...DATABASES),
        fc.option(fc.constantFrom(...CPU_FAMILIES), { nil: undefined }),
        fc.option(fc.constantFrom(...CRYPTO_MODES), { nil: undefined }),
        (os, database, cpu, crypto) => {
          const { value } = normalizeXinchuang({ os, database, cpu, crypto });
          expect(value >= 0 && value <= 1).toBe(true);
        },
      ),
    );
  });

  it("goProficiency stays in [0.30, 0.95] and never falls as more services ship", () => {
    const count = fc.nat({ max: 5000 });
    const levels = fc.option(fc.record({ junior: count, mid: count, senior: count }), { nil: undefined });
    fc.assert(
      fc.property(fc.nat({ max: 2000 }), fc.nat({ max: 20 }), levels, (shipped, more, lv) => {
        const value = normalizeGoProficiency({ servicesLast6m: shipped, levels: lv }).value;
        expect(value >= 0.3 && value <= 0.95).toBe(true);
        expect(normalizeGoProficiency({ servicesLast6m: shipped + more, levels: lv }).value).toBeGreaterThanOrEqual(value);
      }),
    );
  });

  it("couplingInverse stays in (0.10, 1.00] and never rises with another dependency", () => {
    const dependency = fc.record({ kind: fc.constantFrom(...DEPENDENCY_KINDS), count: fc.nat({ max: 50 }) });
    fc.assert(
      fc.property(fc.array(dependency, { maxLength: 12 }), dependency, (deps, extra) => {
        const value = normalizeCouplingInverse(deps).value;
        expect(value > 0.1 && value <= 1).toBe(true);
        expect(normalizeCouplingInverse([...deps, extra]).value).toBeLessThanOrEqual(value);
      }),
    );
  });
});
