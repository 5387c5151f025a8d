/**
 * Leaf node: deployment density × consistency need → one of the seven stack combinations
 * (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.3; #1, #4, #7 from the seed, the others completed in data/combinations.json),
 * then checked against the tier's RPO (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1; the check is the product's own rule).
 *
 * The table is total: every density × consistency pair names exactly one combination. Where the
 * density cannot give strong consistency (offline terminals, edge nodes, CDN functions) the same
 * combination is chosen and the evaluation warns, rather than recommending a stack that cannot run
 * there. Where the tier's RPO rules out the table's combination and the density has one that meets
 * it, that one is chosen; otherwise the table's combination stays and the evaluation warns.
 */
import {
  CONSISTENCY_LABELS,
  DENSITY_LABELS,
  TIER_LABELS,
  type Consistency,
  type Density,
  type Tier,
} from "@/lib/domain/catalog";
import type { CombinationId, StackCombination } from "@/lib/validations/reference";
import type { Warning } from "@/lib/domain/decision-codes";
import { DecisionInputError, ReferenceDataError } from "./errors";
import { rootNodeForTier } from "./root";
import { zh } from "@/lib/domain/zh";

export const LEAF_RULES: Readonly<Record<Density, Readonly<Record<Consistency, CombinationId>>>> = Object.freeze({
  "central-cloud": { strong: 3, eventual: 5 },
  regional: { strong: 1, eventual: 5 },
  "edge-node": { strong: 6, eventual: 6 },
  device: { strong: 2, eventual: 2 },
  "browser-offline": { strong: 4, eventual: 4 },
  "cdn-edge": { strong: 7, eventual: 7 },
});

/**
 * Replication interval of the asynchronous combinations, where the reference data records one
 * (the product reads it from the combination's `basis`; the figure is the article's). A combination
 * that offers strong consistency replicates synchronously (RPO 0); one missing here has no known interval.
 */
export const ASYNC_SYNC_INTERVALS: Readonly<Partial<Record<number, { seconds: number; source: string }>>> = Object.freeze({
  5: { seconds: 10, source: "offset.flush.interval.ms 10000，《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.2" },
});

export const LEAF_RULE =
  "按部署密度 × 一致性查表：中心云 强一致→#3、最终一致→#5；区域中心 强一致→#1、最终一致→#5；边缘节点→#6；终端设备→#2；浏览器/移动端离线→#4；CDN 边缘函数→#7。组合不提供所需的强一致时给出警告。" +
  "再按业务连续性等级的 RPO 检查（本产品规则）：提供强一致的组合（#1、#3）视为同步复制、RPO = 0（#3 以单元内同步复制为前提，单元之间为异步重放）；异步组合按参考数据记载的间隔比较（#5：原文 offset.flush.interval.ms 10000，即 Kafka Connect 每 10 秒提交一次 offset，《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.2，本产品把它当作复制滞后的估计；#2、#4、#6、#7 未记载）。" +
  "核心（RPO = 0）：查表组合为异步时改选本部署密度下的强一致组合（中心云→#3、区域中心→#1），没有则保留并警告 RPO_NOT_MET；" +
  "重要（RPO ≤ 5 分钟）：同步间隔已知且超出时同样改选或警告 RPO_NOT_MET，间隔未知时警告 RPO_UNVERIFIED；一般（RPO ≤ 60 分钟）不检查";

export interface CombinationChoice {
  stack: StackCombination;
  /** False when strong consistency was asked for and the combination only offers eventual. */
  consistencyMet: boolean;
  reason: string;
}

/** How a combination stands against a tier's RPO ceiling (product rule). */
type RpoCheck =
  | { status: "met" }
  | { status: "not-met"; intervalSeconds: number | null; source: string | null }
  | { status: "unknown" };

function findCombination(id: CombinationId, combinations: readonly StackCombination[]): StackCombination {
  for (const combination of combinations) if (combination.id === id) return combination;
  throw new ReferenceDataError(`参考数据中缺少技术栈组合 #${id}`);
}

function declared(id: CombinationId, density: Density, combinations: readonly StackCombination[]): StackCombination {
  const stack = findCombination(id, combinations);
  if (!stack.densities.includes(density)) {
    throw new ReferenceDataError(`技术栈组合 #${stack.id} 未声明适用于部署密度 ${density}`);
  }
  return stack;
}

const synchronous = (stack: StackCombination) => stack.consistencies.includes("strong");

function checkRpo(stack: StackCombination, tier: Tier): RpoCheck {
  if (tier === "standard" || synchronous(stack)) return { status: "met" };
  const rpoMaxSeconds = rootNodeForTier(tier).rpoMaxSeconds;
  const interval = ASYNC_SYNC_INTERVALS[stack.id];
  if (interval !== undefined) {
    return interval.seconds <= rpoMaxSeconds
      ? { status: "met" }
      : { status: "not-met", intervalSeconds: interval.seconds, source: interval.source };
  }
  // Asynchronous replication always loses the last writes on failover: RPO 0 is out of reach.
  return rpoMaxSeconds === 0 ? { status: "not-met", intervalSeconds: null, source: null } : { status: "unknown" };
}

function durationText(seconds: number): string {
  if (seconds === 0) return "0";
  if (seconds % 3600 === 0) return `${seconds / 3600} 小时`;
  if (seconds % 60 === 0) return `${seconds / 60} 分钟`;
  return `${seconds} 秒`;
}

function rpoText(tier: Tier): string {
  const { rpoMaxSeconds } = rootNodeForTier(tier);
  return rpoMaxSeconds === 0 ? "RPO = 0" : `RPO ≤ ${durationText(rpoMaxSeconds)}`;
}

/** Where RPO-bound writes can go instead: the densities whose combination replicates synchronously. */
function synchronousPlaces(combinations: readonly StackCombination[]): { density: Density; id: number }[] {
  const places: { density: Density; id: number }[] = [];
  for (const [density, row] of Object.entries(LEAF_RULES) as [Density, Record<Consistency, CombinationId>][]) {
    const stack = combinations.find((c) => c.id === row.strong);
    if (stack !== undefined && synchronous(stack)) places.push({ density, id: stack.id });
  }
  return places;
}

function lowerTiers(tier: Tier): string {
  return tier === "core" ? `“${TIER_LABELS.critical}”或“${TIER_LABELS.standard}”` : `“${TIER_LABELS.standard}”`;
}

function rpoWarning(
  check: Exclude<RpoCheck, { status: "met" }>,
  stack: StackCombination,
  density: Density,
  tier: Tier,
  combinations: readonly StackCombination[],
): Warning {
  const required = `${TIER_LABELS[tier]}等级要求 ${rpoText(tier)}（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1）`;
  const subject = zh`${DENSITY_LABELS[density]}下的组合 #${stack.id}（${stack.name}）为异步复制、只保证最终一致`;
  const places = synchronousPlaces(combinations);
  const moveWrites =
    places.length === 0
      ? "改用同步复制的部署方式"
      : zh`选择强一致，并把受“${rpoText(tier)}”约束的写入放到${places.map((p) => DENSITY_LABELS[p.density]).join("或")}` +
        `（对应组合 ${places.map((p) => `#${p.id}`).join(" / ")}，同步复制）完成，本地只做缓存与离线暂存`;
  const lower = `或把业务连续性等级降为${lowerTiers(tier)}`;
  if (check.status === "unknown") {
    return Object.freeze({
      code: "RPO_UNVERIFIED" as const,
      message:
        zh`${required}，但${subject}，参考数据和原文都没有给出它的同步间隔，无法确认能否满足 ${rpoText(tier)}。` +
        `可改为：${moveWrites}；或实测该组合的同步间隔并确认不超过 ${durationText(rootNodeForTier(tier).rpoMaxSeconds)}；${lower}（本产品规则）`,
    });
  }
  const why =
    check.intervalSeconds === null
      ? `达不到 ${rpoText(tier)}`
      : `原文给出的同步间隔为 ${durationText(check.intervalSeconds)}（${check.source}），达不到 ${rpoText(tier)}`;
  return Object.freeze({
    code: "RPO_NOT_MET" as const,
    message: zh`${required}，但${subject}，${why}。可改为：${moveWrites}；${lower}（本产品规则）`,
  });
}

interface Built {
  choice: CombinationChoice;
  warnings: readonly Warning[];
}

function choose(density: Density, consistency: Consistency, tier: Tier, combinations: readonly StackCombination[]): Built {
  const listed = declared(LEAF_RULES[density][consistency], density, combinations);
  const listedCheck = checkRpo(listed, tier);
  let stack = listed;
  let switched = "";
  if (listedCheck.status !== "met") {
    const alternative = declared(LEAF_RULES[density].strong, density, combinations);
    if (alternative.id !== listed.id && checkRpo(alternative, tier).status === "met") {
      stack = alternative;
      switched = `；${TIER_LABELS[tier]}等级要求 ${rpoText(tier)}，表中的组合 #${listed.id} 为异步复制，改选本部署密度下同步复制的组合 #${alternative.id}（本产品规则）`;
    }
  }
  // Strong consistency covers an eventual need.
  const consistencyMet = consistency === "eventual" || stack.consistencies.includes(consistency);
  const warnings: Warning[] = [];
  let reason =
    `${DENSITY_LABELS[density]} + ${CONSISTENCY_LABELS[consistency]} → 组合 #${stack.id}（${stack.name}）` +
    (consistencyMet ? "" : "；该组合只保证最终一致") +
    switched;
  if (!consistencyMet) warnings.push(unmetWarning(stack, density));
  if (stack === listed && listedCheck.status !== "met") {
    const warning = rpoWarning(listedCheck, stack, density, tier, combinations);
    warnings.push(warning);
    reason += `；${warning.message}`;
  }
  return { choice: Object.freeze({ stack, consistencyMet, reason }), warnings: Object.freeze(warnings) };
}

/**
 * Choices are a pure function of (density, consistency, tier, combinations) and reference data is
 * loaded once, so each answer is built once per reference array and shared (frozen) afterwards.
 */
const CHOICES = new WeakMap<readonly StackCombination[], Map<string, CombinationChoice>>();

/** Built with each choice: the consistency and RPO warnings it carries. */
const WARNINGS = new WeakMap<CombinationChoice, readonly Warning[]>();

export function selectCombination(
  density: Density,
  consistency: Consistency,
  combinations: readonly StackCombination[],
  tier: Tier,
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
  rootNodeForTier(tier); // an unknown tier throws
  let table = CHOICES.get(combinations);
  if (table === undefined) CHOICES.set(combinations, (table = new Map()));
  const key = `${density}|${consistency}|${tier}`;
  let choice = table.get(key);
  if (choice === undefined) {
    const built = choose(density, consistency, tier, combinations);
    choice = built.choice;
    WARNINGS.set(choice, built.warnings);
    table.set(key, choice);
  }
  return choice;
}

function unmetWarning(stack: StackCombination, density: Density): Warning {
  return Object.freeze({
    code: "CONSISTENCY_NOT_MET" as const,
    message: zh`需要强一致，但${DENSITY_LABELS[density]}下的组合 #${stack.id}（${stack.name}）只保证最终一致：账务等强一致写入应回到区域中心或中心云（组合 #1 / #3）完成，本地只做缓存与离线暂存（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.3）`,
  });
}

/** The warnings of a choice: the consistency it cannot give, then the tier's RPO it cannot meet or confirm. */
export function leafWarnings(choice: CombinationChoice): readonly Warning[] {
  return WARNINGS.get(choice) ?? [];
}
