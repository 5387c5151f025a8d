/**
 * The five architecture profiles (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1) joined with the survey records: how many
 * enterprises use each type, with what outcome, and which stack combinations they used
 * (Enterprise.historicalCombination). Also the `?ids=` parsing of /architectures/compare.
 */
import { ARCHITECTURE_TYPES, ARCHITECTURE_TYPE_LABELS, INDUSTRIES, type ArchitectureType, type Industry } from "@/lib/domain/catalog";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import type { ArchitectureProfile, StackCombination } from "@/lib/validations/reference";
import type { ArchitectureOverview, Usage } from "./schemas";

export function usageOf(records: readonly EnterpriseRecord[]): Usage {
  const counterExamples = records.filter((r) => r.outcome === "counter-example").length;
  return { enterprises: records.length, success: records.length - counterExamples, counterExamples };
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((10 * values.reduce((a, b) => a + b, 0)) / values.length) / 10;
}

function industriesOf(records: readonly EnterpriseRecord[]): { industry: Industry; enterprises: number }[] {
  const counts = new Map<Industry, number>();
  for (const record of records) counts.set(record.industry, (counts.get(record.industry) ?? 0) + 1);
  return INDUSTRIES.flatMap((industry) => (counts.has(industry) ? [{ industry, enterprises: counts.get(industry)! }] : [])).sort(
    (a, b) => b.enterprises - a.enterprises,
  );
}

export function architectureOverview(
  profiles: readonly ArchitectureProfile[],
  combinations: readonly StackCombination[],
  records: readonly EnterpriseRecord[],
): ArchitectureOverview[] {
  return profiles.map((profile) => {
    const ofType = records.filter((r) => r.architectureType === profile.id);
    const historicalCombinations = combinations
      .map((combination) => ({
        id: combination.id,
        name: combination.name,
        ...usageOf(ofType.filter((r) => r.historicalCombination === combination.id)),
      }))
      .filter((c) => c.enterprises > 0)
      .sort((a, b) => b.enterprises - a.enterprises || a.id - b.id);
    return {
      ...profile,
      usage: usageOf(ofType),
      meanAdaptationDays: mean(ofType.flatMap((r) => (r.adaptationDays === null ? [] : [r.adaptationDays]))),
      industries: industriesOf(ofType),
      historicalCombinations,
    };
  });
}

export const MIN_COMPARE = 2;
export const MAX_COMPARE = ARCHITECTURE_TYPES.length;

export type CompareSelection = { ok: true; ids: ArchitectureType[] } | { ok: false; message: string; ids: ArchitectureType[] };

const isArchitectureType = (value: string): value is ArchitectureType =>
  (ARCHITECTURE_TYPES as readonly string[]).includes(value);

/**
 * `?ids=a,b,c` (the JS form) or `?ids=a&ids=b` (the plain GET form), in the order given,
 * duplicates dropped. Unknown ids and fewer than two are explained in Chinese, never thrown.
 */
export function parseCompareIds(raw: string | readonly string[] | undefined): CompareSelection {
  const parts = (typeof raw === "string" ? [raw] : (raw ?? []))
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter((value) => value !== "");
  const unique = [...new Set(parts)];
  const ids = unique.filter(isArchitectureType);
  const unknown = unique.filter((value) => !isArchitectureType(value));
  if (unknown.length > 0) {
    return {
      ok: false,
      ids,
      message: `无法识别的架构类型：${unknown.join("、")}。可选：${ARCHITECTURE_TYPES.map((id) => `${ARCHITECTURE_TYPE_LABELS[id]}（${id}）`).join("、")}。`,
    };
  }
  if (ids.length < MIN_COMPARE) {
    return { ok: false, ids, message: `请至少选择 ${MIN_COMPARE} 种架构进行对比（当前 ${ids.length} 种）。` };
  }
  return { ok: true, ids };
}

export function compareHref(ids: readonly string[]): string {
  return `/architectures/compare?ids=${ids.map(encodeURIComponent).join(",")}`;
}
