/**
 * Root node: business-continuity tier → RTO / RPO ceilings → data-sync mode (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1).
 */
import { TIER_LABELS, type Tier } from "@/lib/domain/catalog";
import type { RootNode } from "@/lib/validations/evaluate";
import { DecisionInputError } from "./errors";

const node = (tier: Tier, rtoMaxSeconds: number, rpoMaxSeconds: number, syncMode: RootNode["syncMode"]) =>
  Object.freeze({ tier, rtoMaxSeconds, rpoMaxSeconds, syncMode });

/** 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1 table: 核心 15 min / 0 s, 重要 2 h / 5 min, 一般 24 h / 60 min. */
export const ROOT_NODE_TABLE: Readonly<Record<Tier, Readonly<RootNode>>> = Object.freeze({
  core: node("core", 900, 0, "sync-multi-active"),
  critical: node("critical", 7200, 300, "semi-sync-wal"),
  standard: node("standard", 86400, 3600, "batch-snapshot"),
});

export const ROOT_NODE_RULE =
  "核心：RTO ≤ 15 分钟、RPO = 0，同步复制 + 多活；重要：RTO ≤ 2 小时、RPO ≤ 5 分钟，半同步 + WAL 流式复制；一般：RTO ≤ 24 小时、RPO ≤ 60 分钟，每日全量 + 增量快照";

/**
 * Maps a tier to its root node. An unknown tier throws: the seed's sample code silently falls
 * back to "standard", which would under-protect a core system (product.md, root node).
 */
export function rootNodeForTier(tier: string): Readonly<RootNode> {
  if (typeof tier !== "string" || !Object.hasOwn(ROOT_NODE_TABLE, tier)) {
    throw new DecisionInputError(
      "INVALID_TIER",
      `未知的业务连续性等级：${String(tier)}（可选：${Object.entries(TIER_LABELS)
        .map(([id, label]) => `${id} ${label}`)
        .join("、")}）`,
      ["tier"],
    );
  }
  return ROOT_NODE_TABLE[tier as Tier];
}
