/** Converts between the canonical EnterpriseRecord and the Enterprise table's row. */
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import type { Prisma } from "@/lib/db/client";
import type { ArchitectureType, CpuFamily, CryptoMode, Decision, District, ErrorCategory, Industry, Outcome, TargetOs, Tier, TopCriterion } from "@/lib/domain/catalog";

export type EnterpriseRow = Prisma.EnterpriseGetPayload<object>;

export function recordToRow(record: EnterpriseRecord): Prisma.EnterpriseUncheckedCreateInput {
  const { architectureType, historicalCombination, errorCategories, ...rest } = record;
  return {
    ...rest,
    architectureTypeId: architectureType,
    historicalCombinationId: historicalCombination,
    errorCategories: errorCategories.join(";"),
  };
}

export function rowToRecord(row: EnterpriseRow): EnterpriseRecord {
  return {
    code: row.code,
    label: row.label,
    district: row.district as District,
    industry: row.industry as Industry,
    architectureType: row.architectureTypeId as ArchitectureType,
    goVersion: row.goVersion,
    teamSize: row.teamSize,
    goServicesLast6m: row.goServicesLast6m,
    requiresGoroutineFluency: row.requiresGoroutineFluency,
    requiresSchedulerSource: row.requiresSchedulerSource,
    targetOs: row.targetOs as TargetOs | null,
    cpu: row.cpu as CpuFamily | null,
    crypto: row.crypto as CryptoMode | null,
    tier: row.tier as Tier | null,
    xinchuang: row.xinchuang,
    goProficiency: row.goProficiency,
    couplingInverse: row.couplingInverse,
    topCriterion: row.topCriterion as TopCriterion | null,
    hardXinchuang: row.hardXinchuang,
    hardTjHardware: row.hardTjHardware,
    adaptationDays: row.adaptationDays,
    historicalDecision: row.historicalDecision as Decision | null,
    historicalCombination: row.historicalCombinationId,
    outcome: row.outcome as Outcome,
    errorCategories: row.errorCategories === "" ? [] : (row.errorCategories.split(";") as ErrorCategory[]),
    reconstructed: row.reconstructed,
    note: row.note,
  };
}
