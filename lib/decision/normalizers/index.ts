/**
 * Normalizers: facts → factors (seed 001 §4.2). Each documents its table in its own file and
 * exports it as data, so the questionnaire can show how a factor was derived.
 */
import { COUPLING_INVERSE_FLOOR, COUPLING_INVERSE_RULE, couplingInverseTable } from "./coupling-inverse";
import {
  GO_PROFICIENCY_MAX,
  GO_PROFICIENCY_MIN,
  GO_PROFICIENCY_RULE,
  LEVEL_ADJUSTMENT_MAX,
  SERVICES_SHIPPED_TABLE,
} from "./go-proficiency";
import { xinchuangTables } from "./xinchuang";

export * from "./coupling-inverse";
export * from "./go-proficiency";
export * from "./xinchuang";

/** Every normalizer's rule and table, ready for the UI ("how is this factor computed?"). */
export function normalizerTables() {
  return {
    xinchuang: xinchuangTables(),
    goProficiency: {
      rule: GO_PROFICIENCY_RULE,
      range: [GO_PROFICIENCY_MIN, GO_PROFICIENCY_MAX] as const,
      servicesShipped: SERVICES_SHIPPED_TABLE.map((value, services) => ({
        services,
        orMore: services === SERVICES_SHIPPED_TABLE.length - 1,
        value,
      })),
      levelAdjustmentMax: LEVEL_ADJUSTMENT_MAX,
    },
    couplingInverse: { rule: COUPLING_INVERSE_RULE, floor: COUPLING_INVERSE_FLOOR, weights: couplingInverseTable() },
  };
}
