import { describe, expect, it } from "vitest";
import { CONSISTENCIES, DENSITIES } from "@/lib/domain/catalog";
import { DecisionInputError, ReferenceDataError } from "./errors";
import { LEAF_RULES, selectCombination } from "./leaf";
import { loadReference } from "@/tests/support/reference-data";

const { combinations } = loadReference();

describe("selectCombination (seed 001 §4.3)", () => {
  it("is total: every density × consistency names exactly one shipped combination that declares the density", () => {
    for (const density of DENSITIES)
      for (const consistency of CONSISTENCIES) {
        const choice = selectCombination(density, consistency, combinations);
        expect(choice.stack.id).toBe(LEAF_RULES[density][consistency]);
        expect(choice.stack.densities).toContain(density);
      }
  });

  it.each([
    ["central-cloud", "strong", 3, true],
    ["central-cloud", "eventual", 5, true],
    ["regional", "strong", 1, true],
    ["regional", "eventual", 5, true],
    ["edge-node", "eventual", 6, true],
    ["device", "eventual", 2, true],
    ["browser-offline", "eventual", 4, true],
    ["cdn-edge", "eventual", 7, true],
    ["browser-offline", "strong", 4, false],
    ["cdn-edge", "strong", 7, false],
    ["edge-node", "strong", 6, false],
    ["device", "strong", 2, false],
  ] as const)("%s + %s → #%i (consistency met: %s)", (density, consistency, id, met) => {
    const choice = selectCombination(density, consistency, combinations);
    expect(choice).toMatchObject({ stack: { id }, consistencyMet: met });
    expect(choice.reason).toContain(`#${id}`);
  });

  it("uses every combination of the seven", () => {
    const used = new Set(DENSITIES.flatMap((d) => CONSISTENCIES.map((c) => LEAF_RULES[d][c])));
    expect([...used].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("rejects unknown inputs and reports missing reference data", () => {
    expect(() => selectCombination("moon" as never, "strong", combinations)).toThrow(DecisionInputError);
    expect(() => selectCombination("regional", "linearizable" as never, combinations)).toThrow(DecisionInputError);
    expect(() => selectCombination("regional", "strong", combinations.filter((c) => c.id !== 1))).toThrow(ReferenceDataError);
  });
});
