import { describe, expect, it } from "vitest";
import { makeRecord } from "@/tests/support/decision-records";
import {
  effectiveAlphas,
  groupByLeaf,
  hasAllFactors,
  LEAF_DEPTHS,
  leafOf,
  leafSizes,
  pruningPath,
  pruningTree,
  splitsKept,
  weightedGini,
  type OutcomeTree,
} from "./tree-stats";

/*
 * A small tree worked by hand with sklearn's definitions (user guide "Minimal Cost-Complexity
 * Pruning", https://scikit-learn.org/stable/modules/tree.html; example "Post pruning decision
 * trees with cost complexity pruning",
 * https://scikit-learn.org/stable/auto_examples/tree/plot_cost_complexity_pruning.html):
 *
 *   root (6 success / 4 counter, N = 10)     Gini 0.48,  R = 0.48
 *   ├─ L1 (4 / 0)                             Gini 0,     R = 0
 *   └─ S2 (2 / 4)                             Gini 4/9,   R = 6/10 × 4/9 = 4/15
 *      ├─ L2 (2 / 1)                          Gini 4/9,   R = 3/10 × 4/9 = 2/15
 *      └─ L3 (0 / 3)                          Gini 0,     R = 0
 *
 *   α_eff(S2)   = (4/15 − 2/15) / (2 − 1)      = 2/15  ≈ 0.1333
 *   α_eff(root) = (0.48 − 2/15) / (3 − 1)      = 13/75 ≈ 0.1733
 * The misclassification-rate version the product used before gives 0.1 and 0.15 instead.
 * Weakest link: S2 (2/15) goes first, leaving leaves L1 + S2 with total impurity 4/15; then
 * α_eff(root) = (0.48 − 4/15) / 1 = 16/75 ≈ 0.2133 and the root goes. sklearn's
 * cost_complexity_pruning_path also lists α = 0 for the unpruned tree; pruningPath starts at the
 * first prune.
 */
const EXAMPLE: OutcomeTree = {
  id: "root",
  children: [
    { id: "L1", counts: { success: 4, counter: 0 } },
    {
      id: "S2",
      children: [
        { id: "L2", counts: { success: 2, counter: 1 } },
        { id: "L3", counts: { success: 0, counter: 3 } },
      ],
    },
  ],
};

describe("sklearn's cost-complexity α on a small known tree", () => {
  it("weights each node's Gini by its share of the samples", () => {
    expect(weightedGini({ success: 2, counter: 1 }, 10)).toBeCloseTo(2 / 15, 12);
    expect(weightedGini({ success: 6, counter: 4 }, 10)).toBeCloseTo(0.48, 12);
    expect(weightedGini({ success: 0, counter: 0 }, 10)).toBe(0);
  });

  it("gives α_eff = (R(t) − R(T_t)) / (|leaves| − 1) for every split of the unpruned tree", () => {
    const alphas = effectiveAlphas(EXAMPLE);
    expect(Object.keys(alphas)).toEqual(["root", "S2"]);
    expect(alphas.S2).toBeCloseTo(2 / 15, 12);
    expect(alphas.root).toBeCloseTo(13 / 75, 12);
  });

  it("prunes weakest links in order, recomputing the ancestors' α_eff (cost_complexity_pruning_path)", () => {
    const path = pruningPath(EXAMPLE);
    expect(path.map((step) => step.pruned)).toEqual(["S2", "root"]);
    expect(path[0]!.alpha).toBeCloseTo(2 / 15, 12);
    expect(path[0]!.impurity).toBeCloseTo(4 / 15, 12);
    expect(path[1]!.alpha).toBeCloseTo(16 / 75, 12);
    expect(path[1]!.impurity).toBeCloseTo(0.48, 12);
    // The sequence of α never decreases (sklearn's path is monotone).
    expect(path[1]!.alpha).toBeGreaterThanOrEqual(path[0]!.alpha);
  });

  it("keeps a split exactly when sklearn's ccp_alpha would: prune while the smallest α_eff ≤ ccp_alpha", () => {
    expect([...splitsKept(EXAMPLE, 0).keys()]).toEqual(["root", "S2"]);
    expect([...splitsKept(EXAMPLE, 0.1).keys()]).toEqual(["root", "S2"]);
    // At α = α_eff(S2) the branch and the node cost the same: sklearn prunes it (it stops only when greater).
    expect([...splitsKept(EXAMPLE, pruningPath(EXAMPLE)[0]!.alpha).keys()]).toEqual(["root"]);
    expect([...splitsKept(EXAMPLE, 0.15).keys()]).toEqual(["root"]);
    expect([...splitsKept(EXAMPLE, 1).keys()]).toEqual([]);
  });

  it("keeps a split whose unpruned α_eff is under ccp_alpha once a weaker split below it is gone", () => {
    // α_eff(root) = 0.1733 < 0.2, but after S2 is pruned it is 0.2133 > 0.2.
    const kept = splitsKept(EXAMPLE, 0.2);
    expect([...kept.keys()]).toEqual(["root"]);
    expect(kept.get("root")).toBeCloseTo(16 / 75, 12);
  });

  it("has no pruning path for a tree without records, and NaN α", () => {
    const empty: OutcomeTree = { id: "s", children: [{ id: "a", counts: { success: 0, counter: 0 } }, { id: "b", counts: { success: 0, counter: 0 } }] };
    expect(pruningPath(empty)).toEqual([]);
    expect(effectiveAlphas(empty).s).toBeNaN();
  });

  it("gives a pure split α_eff 0 (splitting changes no impurity) and prunes it first", () => {
    const pure: OutcomeTree = { id: "s", children: [{ id: "a", counts: { success: 3, counter: 0 } }, { id: "b", counts: { success: 5, counter: 0 } }] };
    expect(effectiveAlphas(pure).s).toBe(0);
    expect([...splitsKept(pure, 0.01).keys()]).toEqual([]);
  });
});

describe("the pruning node as a tree over records", () => {
  const at = (xinchuang: number, goProficiency: number, couplingInverse: number) => ({ xinchuang, goProficiency, couplingInverse });

  it("sends records to the leaf today's thresholds give, boundaries inclusive, after 1–3 binary checks", () => {
    expect(leafOf(at(0.69, 1, 1))).toBe("defer");
    expect(leafOf(at(0.7, 0.74, 1))).toBe("review-go");
    expect(leafOf(at(0.7, 0.75, 0.59))).toBe("review-coupling");
    expect(leafOf(at(0.7, 0.75, 0.6))).toBe("automated");
    expect(LEAF_DEPTHS).toEqual({ defer: 1, "review-go": 2, "review-coupling": 3, automated: 3 });
  });

  it("counts leaf sizes over records with all three factors only", () => {
    const records = [makeRecord(at(0.5, 0.9, 0.9)), makeRecord(at(0.9, 0.9, 0.9)), makeRecord(at(0.9, 0.9, 0.9)), makeRecord({ xinchuang: null })];
    expect(leafSizes(records)).toEqual({ defer: 1, "review-go": 0, "review-coupling": 0, automated: 2 });
    expect(leafSizes([])).toEqual({ defer: 0, "review-go": 0, "review-coupling": 0, automated: 0 });
  });

  it("builds the nested binary tree of 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2 with the leaves' outcome counts", () => {
    const records = [
      makeRecord({ ...at(0.5, 0.9, 0.9), outcome: "counter-example", errorCategories: ["tiny-leaf"] }),
      makeRecord(at(0.9, 0.9, 0.9)),
    ].filter(hasAllFactors);
    const tree = pruningTree(groupByLeaf(records));
    expect(tree).toEqual({
      id: "xinchuang",
      children: [
        { id: "defer", counts: { success: 0, counter: 1 } },
        {
          id: "goProficiency",
          children: [
            { id: "review-go", counts: { success: 0, counter: 0 } },
            {
              id: "couplingInverse",
              children: [
                { id: "review-coupling", counts: { success: 0, counter: 0 } },
                { id: "automated", counts: { success: 1, counter: 0 } },
              ],
            },
          ],
        },
      ],
    });
  });
});
