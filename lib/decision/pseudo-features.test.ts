import { describe, expect, it } from "vitest";
import { DISTRICTS } from "@/lib/domain/catalog";
import { PSEUDO_CORRELATED_FEATURES, pseudoCorrelatedFeature, screenExtraFeatures } from "./pseudo-features";

describe("pseudo-correlated feature registry (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4)", () => {
  it.each(["district", "District", "district_code", "districtCode", "DISTRICT-CODE", "行政区划代码", "所在区", "procurementCycle", "procurement_cycle", "采购周期", "zip", "企业编号"])(
    "flags %s",
    (name) => {
      expect(pseudoCorrelatedFeature(name)).toBeDefined();
    },
  );

  it.each(["teamSize", "latencyBudgetMs", "codeQuality", "region"])("does not flag %s", (name) => {
    expect(pseudoCorrelatedFeature(name)).toBeUndefined();
  });

  it("gives every entry a reason citing the seed", () => {
    for (const feature of PSEUDO_CORRELATED_FEATURES) expect(feature.reason).toContain("《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4");
  });

  it("splits offered features into refused and unused", () => {
    expect(screenExtraFeatures(undefined)).toEqual({ refused: [], unused: [] });
    expect(screenExtraFeatures({})).toEqual({ refused: [], unused: [] });
    const screening = screenExtraFeatures({ districtCode: DISTRICTS[0], teamSize: 8 });
    expect(screening.refused).toEqual([expect.objectContaining({ name: "districtCode", featureId: "district" })]);
    expect(screening.unused).toEqual(["teamSize"]);
  });
});
