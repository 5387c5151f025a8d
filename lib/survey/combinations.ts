/**
 * The seven stack combinations (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.3 gives #1, #4, #7; the rest are completed here) as a
 * deployment-density × consistency matrix, with how many survey enterprises used each.
 */
import {
  CONSISTENCIES,
  CONSISTENCY_LABELS,
  DENSITIES,
  DENSITY_LABELS,
  type ArchitectureType,
  ARCHITECTURE_TYPES,
} from "@/lib/domain/catalog";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import type { StackCombination } from "@/lib/validations/reference";
import { usageOf } from "./architectures";
import type { CombinationMatrix, CombinationOverview } from "./schemas";

/** Every density × consistency cell, listing the combinations that declare both (possibly none). */
export function combinationMatrix(combinations: readonly StackCombination[]): CombinationMatrix {
  return {
    densities: DENSITIES.map((key) => ({ key, label: DENSITY_LABELS[key] })),
    consistencies: CONSISTENCIES.map((key) => ({ key, label: CONSISTENCY_LABELS[key] })),
    cells: DENSITIES.flatMap((density) =>
      CONSISTENCIES.map((consistency) => ({
        density,
        consistency,
        combinationIds: combinations
          .filter((c) => c.densities.includes(density) && c.consistencies.includes(consistency))
          .map((c) => c.id),
      })),
    ),
  };
}

export function combinationOverview(
  combinations: readonly StackCombination[],
  records: readonly EnterpriseRecord[],
): CombinationOverview[] {
  return combinations.map((combination) => {
    const users = records.filter((r) => r.historicalCombination === combination.id);
    const types = new Set<ArchitectureType>(users.map((r) => r.architectureType));
    return {
      ...combination,
      usage: usageOf(users),
      architectureTypes: ARCHITECTURE_TYPES.filter((t) => types.has(t)),
    };
  });
}

export const ORIGIN_LABELS = { article: "原文给出", completed: "本产品补全" } as const;
