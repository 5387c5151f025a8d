/**
 * Go 熟练度 from delivery record and team make-up
 * (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2 worked example: 近半年 3 个 Go 微服务上线 → 0.86; measured range 0.30–0.95).
 *
 *   goProficiency = table[services shipped in the last six months] + level adjustment,
 *   clamped to [0.30, 0.95], rounded to 2 decimals.
 *
 * The table is monotone and saturates: shipping is the best evidence of fluency, with diminishing
 * returns. The optional level adjustment is ±0.05 × (senior − junior) / headcount: the seed's
 * skills matrix (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.1) shows juniors without operator or tuning skills, architects with all.
 */
import type { GoProficiencyFacts } from "@/lib/validations/evaluate";
import { DecisionInputError } from "../errors";
import { productFigure, seedFigure, type Provenance } from "./origin";
import { clamp, round2 } from "./round";

/** 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2 range. */
export const GO_PROFICIENCY_MIN = 0.3;
export const GO_PROFICIENCY_MAX = 0.95;

/** Index = Go services shipped in the last six months; the last entry holds for ≥ 6. */
export const SERVICES_SHIPPED_TABLE: readonly number[] = Object.freeze([0.3, 0.55, 0.72, 0.86, 0.9, 0.93, 0.95]);

/** Where each entry of SERVICES_SHIPPED_TABLE comes from (same index). */
export const SERVICES_SHIPPED_PROVENANCE: readonly Provenance[] = Object.freeze([
  productFigure("原文 §4.2 的实测范围下限是 0.30；本产品把近半年没有交付 Go 服务对应到下限", "§4.2"),
  productFigure("本产品的插值：交付是熟练度的最好证据，第一个服务提升最多"),
  productFigure("本产品的插值：在 1 个与原文的 3 个之间，边际递减"),
  seedFigure("§4.2", "原文 §4.2 示例：近半年 3 个 Go 微服务上线 → 0.86"),
  productFigure("本产品的插值：超过 3 个后每个服务增幅变小"),
  productFigure("本产品的插值：继续递减，逼近上限"),
  productFigure("原文 §4.2 的实测范围上限是 0.95；本产品把 6 个及以上对应到上限", "§4.2"),
]);

export const LEVEL_ADJUSTMENT_PROVENANCE: Provenance = productFigure(
  "原文 §2.1 的岗位技能矩阵里初级开发不具备 Operator 与性能调优技能、架构师全部具备；本产品据此按（资深 − 初级）÷ 总人数做至多 ±0.05 的调整，不填团队级别时不调整",
  "§2.1",
);

export const GO_PROFICIENCY_RANGE_PROVENANCE: Provenance = seedFigure("§4.2", "原文 §4.2：团队 Go 熟练度的取值范围 0.30–0.95");

/** Largest level adjustment either way. */
export const LEVEL_ADJUSTMENT_MAX = 0.05;

export const GO_PROFICIENCY_RULE =
  "Go 熟练度 = 查表(近半年交付的 Go 服务数：0→0.30，1→0.55，2→0.72，3→0.86，4→0.90，5→0.93，≥6→0.95) + 0.05×(资深人数−初级人数)/总人数，截断到 [0.30, 0.95] 后保留两位小数";

export type NormalizedGoProficiency = {
  /** The factor, in [0.30, 0.95]. */
  value: number;
  tableValue: number;
  levelAdjustment: number;
};

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function levelAdjustment(levels: GoProficiencyFacts["levels"]): number {
  if (levels === undefined) return 0;
  const { junior, mid, senior } = levels;
  if (!isCount(junior) || !isCount(mid) || !isCount(senior)) {
    throw new DecisionInputError("INVALID_FACTS", "团队各级人数必须是非负整数", ["facts", "goProficiency", "levels"]);
  }
  const total = junior + mid + senior;
  return total === 0 ? 0 : (LEVEL_ADJUSTMENT_MAX * (senior - junior)) / total;
}

export function normalizeGoProficiency(facts: GoProficiencyFacts): NormalizedGoProficiency {
  const shipped = facts.servicesLast6m;
  if (!isCount(shipped)) {
    throw new DecisionInputError("INVALID_FACTS", "近半年交付的 Go 服务数必须是非负整数", [
      "facts",
      "goProficiency",
      "servicesLast6m",
    ]);
  }
  const last = SERVICES_SHIPPED_TABLE.length - 1;
  const tableValue = SERVICES_SHIPPED_TABLE[Math.min(shipped, last)] as number;
  const adjustment = levelAdjustment(facts.levels);
  const value = round2(clamp(tableValue + adjustment, GO_PROFICIENCY_MIN, GO_PROFICIENCY_MAX));
  return { value, tableValue, levelAdjustment: Math.round(adjustment * 1e4) / 1e4 + 0 };
}
