import { describe, expect, it } from "vitest";
import { TIERS } from "@/lib/domain/catalog";
import { DecisionInputError } from "./errors";
import { ROOT_NODE_TABLE, rootNodeForTier } from "./root";

describe("rootNodeForTier (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1)", () => {
  it.each([
    ["core", 900, 0, "sync-multi-active"],
    ["critical", 7200, 300, "semi-sync-wal"],
    ["standard", 86400, 3600, "batch-snapshot"],
  ] as const)("%s → RTO %i s, RPO %i s, %s", (tier, rto, rpo, mode) => {
    expect(rootNodeForTier(tier)).toEqual({ tier, rtoMaxSeconds: rto, rpoMaxSeconds: rpo, syncMode: mode });
  });

  it("covers every tier of the catalog", () => {
    expect(Object.keys(ROOT_NODE_TABLE).sort()).toEqual([...TIERS].sort());
  });

  it.each(["", "Core", "gold", "toString", "__proto__", "constructor"])("rejects %j instead of falling back to standard", (tier) => {
    expect(() => rootNodeForTier(tier)).toThrow(DecisionInputError);
    try {
      rootNodeForTier(tier);
    } catch (error) {
      expect(error).toMatchObject({ code: "INVALID_TIER", status: 400, path: ["tier"] });
    }
  });

  it("rejects non-strings passed without a schema", () => {
    expect(() => rootNodeForTier(undefined as unknown as string)).toThrow(/未知的业务连续性等级/);
    expect(() => rootNodeForTier(1 as unknown as string)).toThrow(DecisionInputError);
  });

  it("returns frozen nodes that callers cannot corrupt", () => {
    expect(Object.isFrozen(rootNodeForTier("core"))).toBe(true);
  });
});
