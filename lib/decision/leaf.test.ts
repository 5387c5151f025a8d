import { describe, expect, it } from "vitest";
import { CONSISTENCIES, DENSITIES, TIERS, type Consistency, type Density, type Tier } from "@/lib/domain/catalog";
import type { Warning, WarningCode } from "@/lib/domain/decision-codes";
import { DecisionInputError, ReferenceDataError } from "./errors";
import { ASYNC_SYNC_INTERVALS, LEAF_RULE, LEAF_RULES, leafWarnings, selectCombination, type CombinationChoice } from "./leaf";
import { loadReference } from "@/tests/support/reference-data";

const { combinations } = loadReference();

describe("selectCombination (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.3)", () => {
  it("is total: every density × consistency names exactly one shipped combination that declares the density", () => {
    for (const density of DENSITIES)
      for (const consistency of CONSISTENCIES) {
        const choice = selectCombination(density, consistency, combinations, "standard");
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
    const choice = selectCombination(density, consistency, combinations, "standard");
    expect(choice).toMatchObject({ stack: { id }, consistencyMet: met });
    expect(choice.reason).toContain(`#${id}`);
  });

  it("uses every combination of the seven", () => {
    const used = new Set(DENSITIES.flatMap((d) => CONSISTENCIES.map((c) => LEAF_RULES[d][c])));
    expect([...used].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("rejects unknown inputs and reports missing reference data", () => {
    expect(() => selectCombination("moon" as never, "strong", combinations, "standard")).toThrow(DecisionInputError);
    expect(() => selectCombination("regional", "linearizable" as never, combinations, "standard")).toThrow(DecisionInputError);
    expect(() => selectCombination("regional", "strong", combinations.filter((c) => c.id !== 1), "standard")).toThrow(ReferenceDataError);
  });
});

describe("selectCombination: the tier's RPO (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1; product rule)", () => {
  type Row = readonly [Tier, Consistency, Density, number, WarningCode | null];
  // tier × consistency × density → combination, and the RPO warning (if any).
  const MATRIX: readonly Row[] = [
    ["core", "strong", "central-cloud", 3, null],
    ["core", "strong", "regional", 1, null],
    ["core", "strong", "edge-node", 6, "RPO_NOT_MET"],
    ["core", "strong", "device", 2, "RPO_NOT_MET"],
    ["core", "strong", "browser-offline", 4, "RPO_NOT_MET"],
    ["core", "strong", "cdn-edge", 7, "RPO_NOT_MET"],
    ["core", "eventual", "central-cloud", 3, null],
    ["core", "eventual", "regional", 1, null],
    ["core", "eventual", "edge-node", 6, "RPO_NOT_MET"],
    ["core", "eventual", "device", 2, "RPO_NOT_MET"],
    ["core", "eventual", "browser-offline", 4, "RPO_NOT_MET"],
    ["core", "eventual", "cdn-edge", 7, "RPO_NOT_MET"],
    ["critical", "strong", "central-cloud", 3, null],
    ["critical", "strong", "regional", 1, null],
    ["critical", "strong", "edge-node", 6, "RPO_UNVERIFIED"],
    ["critical", "strong", "device", 2, "RPO_UNVERIFIED"],
    ["critical", "strong", "browser-offline", 4, "RPO_UNVERIFIED"],
    ["critical", "strong", "cdn-edge", 7, "RPO_UNVERIFIED"],
    ["critical", "eventual", "central-cloud", 5, null],
    ["critical", "eventual", "regional", 5, null],
    ["critical", "eventual", "edge-node", 6, "RPO_UNVERIFIED"],
    ["critical", "eventual", "device", 2, "RPO_UNVERIFIED"],
    ["critical", "eventual", "browser-offline", 4, "RPO_UNVERIFIED"],
    ["critical", "eventual", "cdn-edge", 7, "RPO_UNVERIFIED"],
    ["standard", "strong", "central-cloud", 3, null],
    ["standard", "strong", "regional", 1, null],
    ["standard", "strong", "edge-node", 6, null],
    ["standard", "strong", "device", 2, null],
    ["standard", "strong", "browser-offline", 4, null],
    ["standard", "strong", "cdn-edge", 7, null],
    ["standard", "eventual", "central-cloud", 5, null],
    ["standard", "eventual", "regional", 5, null],
    ["standard", "eventual", "edge-node", 6, null],
    ["standard", "eventual", "device", 2, null],
    ["standard", "eventual", "browser-offline", 4, null],
    ["standard", "eventual", "cdn-edge", 7, null],
  ];
  const rpoCodes = (choice: CombinationChoice) =>
    leafWarnings(choice)
      .map((w) => w.code)
      .filter((code) => code.startsWith("RPO_"));

  const onlyWarning = (choice: CombinationChoice): Warning => {
    const list = leafWarnings(choice);
    expect(list).toHaveLength(1);
    return list[0] as Warning;
  };

  it("covers every tier × consistency × density exactly once", () => {
    const keys = new Set(MATRIX.map(([t, c, d]) => `${t}|${c}|${d}`));
    expect(keys.size).toBe(TIERS.length * CONSISTENCIES.length * DENSITIES.length);
  });

  it.each(MATRIX)("%s + %s + %s → #%i (RPO warning: %s)", (tier, consistency, density, id, code) => {
    const choice = selectCombination(density, consistency, combinations, tier);
    expect(choice.stack.id).toBe(id);
    expect(choice.stack.densities).toContain(density);
    expect(rpoCodes(choice)).toEqual(code === null ? [] : [code]);
    // The leaf's own output says it too: the reason carries the warning's text.
    for (const warning of leafWarnings(choice)) if (warning.code.startsWith("RPO_")) expect(choice.reason).toContain(warning.message);
    // Strong consistency is still warned about where the density cannot give it; strong covers eventual.
    expect(choice.consistencyMet).toBe(consistency === "eventual" || choice.stack.consistencies.includes("strong"));
  });

  it("says why it left the table's asynchronous combination for a core tier", () => {
    const choice = selectCombination("central-cloud", "eventual", combinations, "core");
    expect(choice.reason).toContain("表中的组合 #5 为异步复制，改选本部署密度下同步复制的组合 #3（本产品规则）");
    expect(leafWarnings(choice)).toEqual([]);
  });

  it("RPO_NOT_MET names RPO 0 and what to change: strong consistency, a synchronous density, a lower tier", () => {
    const warning = onlyWarning(selectCombination("edge-node", "eventual", combinations, "core"));
    expect(warning.code).toBe("RPO_NOT_MET");
    expect(warning.message).toContain("核心等级要求 RPO = 0");
    expect(warning.message).toContain("组合 #6");
    expect(warning.message).toContain("达不到 RPO = 0");
    expect(warning.message).toContain("选择强一致，并把受“RPO = 0”约束的写入放到中心云（集中部署）或区域中心 / 边缘集中管理节点（对应组合 #3 / #1，同步复制）完成");
    expect(warning.message).toContain("降为“重要”或“一般”");
    expect(warning.message).toContain("（本产品规则）");
    expect(warning.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("RPO_UNVERIFIED says the interval is not known rather than guessing one", () => {
    const warning = onlyWarning(selectCombination("browser-offline", "eventual", combinations, "critical"));
    expect(warning.code).toBe("RPO_UNVERIFIED");
    expect(warning.message).toContain("重要等级要求 RPO ≤ 5 分钟");
    expect(warning.message).toContain("没有给出它的同步间隔，无法确认");
    expect(warning.message).toContain("选择强一致，并把受“RPO ≤ 5 分钟”约束的写入放到中心云（集中部署）或区域中心 / 边缘集中管理节点（对应组合 #3 / #1，同步复制）完成");
    expect(warning.message).toContain("实测该组合的同步间隔");
    expect(warning.message).toContain("降为“一般”");
    expect(warning.message).not.toMatch(/同步间隔为/);
  });

  it("keeps both warnings where strong consistency and RPO 0 are both out of reach", () => {
    const codes = leafWarnings(selectCombination("cdn-edge", "strong", combinations, "core")).map((w) => w.code);
    expect(codes).toEqual(["CONSISTENCY_NOT_MET", "RPO_NOT_MET"]);
  });

  it("compares a known interval with the RPO, quoting the article's figure", () => {
    expect(ASYNC_SYNC_INTERVALS[5]).toEqual({ seconds: 10, source: "offset.flush.interval.ms 10000，《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.2" });
    // Without a synchronous combination for the density, core keeps #5 and says its interval misses RPO 0.
    const noSync = combinations.map((c) => (c.id === 3 ? { ...c, consistencies: ["eventual" as const] } : c));
    const choice = selectCombination("central-cloud", "eventual", noSync, "core");
    expect(choice.stack.id).toBe(5);
    const warning = onlyWarning(choice);
    expect(warning).toMatchObject({ code: "RPO_NOT_MET" });
    expect(warning.message).toContain("原文给出的同步间隔为 10 秒（offset.flush.interval.ms 10000，《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.2），达不到 RPO = 0");
    expect(warning.message).toContain("（对应组合 #1，同步复制）");
  });

  it("marks the tier rule as the product's own in the leaf's rule text", () => {
    expect(LEAF_RULE).toContain("（本产品规则）");
    expect(LEAF_RULE).toContain("RPO_NOT_MET");
    expect(LEAF_RULE).toContain("RPO_UNVERIFIED");
  });

  it("rejects an unknown tier", () => {
    expect(() => selectCombination("regional", "strong", combinations, "platinum" as never)).toThrow(DecisionInputError);
  });
});
