/** Test support only: survey records with sensible defaults, for the quality and backtest tests. */
import type { EnterpriseRecord } from "@/lib/validations/enterprise";

let next = 1;

export function makeRecord(overrides: Partial<EnterpriseRecord> = {}): EnterpriseRecord {
  const n = next++;
  return {
    code: `TJ-${String(n).padStart(2, "0")}`,
    label: `测试企业 ${n}`,
    district: "binhai",
    industry: "finance",
    architectureType: "microservice-gateway",
    goVersion: "1.21",
    teamSize: 12,
    goServicesLast6m: 3,
    requiresGoroutineFluency: true,
    requiresSchedulerSource: false,
    targetOs: "kylin-v10",
    cpu: "phytium",
    crypto: "sm-tls13",
    tier: "critical",
    xinchuang: 0.92,
    goProficiency: 0.86,
    couplingInverse: 0.78,
    topCriterion: "local-ops-response",
    hardXinchuang: true,
    hardTjHardware: true,
    adaptationDays: 14,
    historicalDecision: "automated",
    historicalCombination: 3,
    outcome: "success",
    errorCategories: [],
    reconstructed: true,
    note: null,
    ...overrides,
  };
}
