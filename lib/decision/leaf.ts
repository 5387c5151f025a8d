/**
 * Leaf node: deployment density × consistency need → one of the seven stack combinations
 * (seed 001 §4.3; #1, #4, #7 from the seed, the others completed in data/combinations.json).
 *
 * The table is total: every density × consistency pair names exactly one combination. Where the
 * density cannot give strong consistency (offline terminals, edge nodes, CDN functions) the same
 * combination is chosen and the evaluation warns, rather than recommending a stack that cannot run
 * there.
 */
import {
  CONSISTENCY_LABELS,
  DENSITY_LABELS,
  type Consistency,
  type Density,
} from "@/lib/domain/catalog";
import type { CombinationId, StackCombination } from "@/lib/validations/reference";
import type { Warning } from "@/lib/domain/decision-codes";
import { DecisionInputError, ReferenceDataError } from "./errors";

export const LEAF_RULES: Readonly<Record<Density, Readonly<Record<Consistency, CombinationId>>>> = Object.freeze({
  "central-cloud": { strong: 3, eventual: 5 },
  regional: { strong: 1, eventual: 5 },
  "edge-node": { strong: 6, eventual: 6 },
  device: { strong: 2, eventual: 2 },
  "browser-offline": { strong: 4, eventual: 4 },
  "cdn-edge": { strong: 7, eventual: 7 },
});

export const LEAF_RULE =
  "按部署密度 × 一致性查表：中心云 强一致→#3、最终一致→#5；区域中心 强一致→#1、最终一致→#5；边缘节点→#6；终端设备→#2；浏览器/移动端离线→#4；CDN 边缘函数→#7。组合不提供所需的强一致时给出警告";

export interface CombinationChoice {
  stack: StackCombination;
  /** False when strong consistency was asked for and the combination only offers eventual. */
  consistencyMet: boolean;
  reason: string;
}

function findCombination(id: CombinationId, combinations: readonly StackCombination[]): StackCombination {
  for (const combination of combinations) if (combination.id === id) return combination;
  throw new ReferenceDataError(`参考数据中缺少技术栈组合 #${id}`);
}

function choose(density: Density, consistency: Consistency, combinations: readonly StackCombination[]): CombinationChoice {
  const stack = findCombination(LEAF_RULES[density][consistency], combinations);
  if (!stack.densities.includes(density)) {
    throw new ReferenceDataError(`技术栈组合 #${stack.id} 未声明适用于部署密度 ${density}`);
  }
  const consistencyMet = stack.consistencies.includes(consistency);
  const reason =
    `${DENSITY_LABELS[density]} + ${CONSISTENCY_LABELS[consistency]} → 组合 #${stack.id}（${stack.name}）` +
    (consistencyMet ? "" : "；该组合只保证最终一致");
  const choice: CombinationChoice = Object.freeze({ stack, consistencyMet, reason });
  if (!consistencyMet) UNMET.set(choice, unmetWarning(choice, density));
  return choice;
}

type ChoiceTable = Map<Density, Partial<Record<Consistency, CombinationChoice>>>;

/**
 * Choices are a pure function of (density, consistency, combinations) and reference data is
 * loaded once, so each answer is built once per reference array and shared (frozen) afterwards.
 */
const CHOICES = new WeakMap<readonly StackCombination[], ChoiceTable>();

export function selectCombination(
  density: Density,
  consistency: Consistency,
  combinations: readonly StackCombination[],
): CombinationChoice {
  if (!Object.hasOwn(LEAF_RULES, density)) {
    throw new DecisionInputError("INVALID_SCENARIO", `未知的部署密度：${String(density)}`, ["scenario", "density"]);
  }
  if (!Object.hasOwn(LEAF_RULES[density], consistency)) {
    throw new DecisionInputError("INVALID_SCENARIO", `未知的一致性要求：${String(consistency)}`, [
      "scenario",
      "consistency",
    ]);
  }
  let table = CHOICES.get(combinations);
  if (table === undefined) CHOICES.set(combinations, (table = new Map()));
  let row = table.get(density);
  if (row === undefined) table.set(density, (row = {}));
  return (row[consistency] ??= choose(density, consistency, combinations));
}

/** Built with each choice: where the strong writes should go when the combination cannot give them. */
const UNMET = new WeakMap<CombinationChoice, Warning>();

function unmetWarning(choice: CombinationChoice, density: Density): Warning {
  return Object.freeze({
    code: "CONSISTENCY_NOT_MET" as const,
    message: `需要强一致，但${DENSITY_LABELS[density]}下的组合 #${choice.stack.id}（${choice.stack.name}）只保证最终一致：账务等强一致写入应回到区域中心或中心云（组合 #1 / #3）完成，本地只做缓存与离线暂存（seed 001 §4.3）`,
  });
}

/** The warning for a choice that cannot give the requested consistency, or null. */
export function consistencyWarning(choice: CombinationChoice): Warning | null {
  return UNMET.get(choice) ?? null;
}
