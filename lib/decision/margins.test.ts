import { describe, expect, it } from "vitest";
import { pruningMargins } from "./margins";

const f = (xinchuang: number, goProficiency: number, couplingInverse: number) => ({ xinchuang, goProficiency, couplingInverse });
const byFactor = (factors: ReturnType<typeof f>, capped = false) =>
  Object.fromEntries(pruningMargins(factors, capped).map((m) => [m.factor, m]));

describe("pruningMargins (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2)", () => {
  it("automated case: every factor flips by dropping below its threshold", () => {
    const m = byFactor(f(0.92, 0.86, 0.78));
    expect(m.xinchuang).toMatchObject({ distance: 0.22, passes: true, flip: { direction: "lower", at: 0.7, inclusive: false, to: "defer" } });
    expect(m.goProficiency).toMatchObject({ distance: 0.11, flip: { direction: "lower", at: 0.75, to: "manual-review" } });
    expect(m.couplingInverse).toMatchObject({ distance: 0.18, flip: { direction: "lower", at: 0.6, to: "manual-review" } });
    expect(m.xinchuang?.reason).toContain("0.70 以下");
  });

  it("defer case: raising xinchuang to 0.70 flips to what the others allow; the others cannot flip", () => {
    const m = byFactor(f(0.65, 0.8, 0.7));
    expect(m.xinchuang).toMatchObject({ distance: -0.05, passes: false, flip: { direction: "raise", at: 0.7, inclusive: true, to: "automated" } });
    expect(m.goProficiency?.flip).toBeNull();
    expect(m.goProficiency?.reason).toContain("暂缓裁剪");
    expect(m.couplingInverse?.flip).toBeNull();
    expect(byFactor(f(0.65, 0.5, 0.7)).xinchuang?.flip?.to).toBe("manual-review");
  });

  it("manual review: the failing factor flips only when the other passes", () => {
    const oneFails = byFactor(f(0.8, 0.7, 0.9));
    expect(oneFails.goProficiency).toMatchObject({ passes: false, flip: { direction: "raise", at: 0.75, to: "automated" } });
    expect(oneFails.couplingInverse?.flip).toBeNull();
    expect(oneFails.couplingInverse?.reason).toContain("Go 熟练度低于 0.75");
    const bothFail = byFactor(f(0.8, 0.7, 0.5));
    expect(bothFail.goProficiency?.flip).toBeNull();
    expect(bothFail.couplingInverse?.flip).toBeNull();
    expect(bothFail.xinchuang?.flip).toMatchObject({ direction: "lower", to: "defer" });
  });

  it("at a boundary the distance is 0 (never −0) and the factor passes", () => {
    const m = byFactor(f(0.7, 0.75, 0.6));
    for (const margin of Object.values(m)) {
      expect(Object.is(margin.distance, 0)).toBe(true);
      expect(margin.passes).toBe(true);
    }
  });

  it("under the pseudo-correlation cap, nothing flips to automated", () => {
    const m = byFactor(f(0.92, 0.86, 0.78), true);
    expect(m.goProficiency?.flip).toBeNull();
    expect(m.goProficiency?.reason).toContain("伪相关");
    expect(m.xinchuang?.flip?.to).toBe("defer");
  });
});
