/**
 * How each field of a survey record reads in Chinese: the enterprise table, its row detail and
 * the CSV export all go through `fieldValue`, so what you see is what you download.
 */
import {
  ARCHITECTURE_TYPE_LABELS,
  CPU_FAMILY_LABELS,
  CRYPTO_MODE_LABELS,
  DECISION_LABELS,
  DISTRICT_LABELS,
  ERROR_CATEGORY_LABELS,
  INDUSTRY_LABELS,
  OUTCOME_LABELS,
  TARGET_OS_LABELS,
  TIER_LABELS,
  TOP_CRITERION_LABELS,
} from "@/lib/domain/catalog";
import { ENTERPRISE_COLUMNS, type EnterpriseField, type EnterpriseRecord } from "@/lib/validations/enterprise";

/** The Chinese labels of the single-valued enumerated columns: what the table shows and a search matches. */
export const SINGLE_ENUM_LABELS = {
  district: DISTRICT_LABELS,
  industry: INDUSTRY_LABELS,
  architectureType: ARCHITECTURE_TYPE_LABELS,
  targetOs: TARGET_OS_LABELS,
  cpu: CPU_FAMILY_LABELS,
  crypto: CRYPTO_MODE_LABELS,
  tier: TIER_LABELS,
  topCriterion: TOP_CRITERION_LABELS,
  historicalDecision: DECISION_LABELS,
  outcome: OUTCOME_LABELS,
} as const satisfies Partial<Record<EnterpriseField, Record<string, string>>>;

const VOCABULARIES: Partial<Record<EnterpriseField, Record<string, string>>> = { ...SINGLE_ENUM_LABELS, errorCategories: ERROR_CATEGORY_LABELS };

export const FIELD_HEADERS = Object.fromEntries(ENTERPRISE_COLUMNS.map((c) => [c.key, c.header])) as Record<
  EnterpriseField,
  string
>;

/** All fields in the file layout's order (ENTERPRISE_COLUMNS). */
export const ENTERPRISE_FIELDS: readonly EnterpriseField[] = ENTERPRISE_COLUMNS.map((c) => c.key);

export const BOOLEAN_TEXT = { true: "是", false: "否" } as const;
export const LIST_SEPARATOR = "；";

/**
 * A field as a cell: labels for enumerations, 是/否 for booleans, lists joined, numbers kept as
 * numbers (for sorting and spreadsheets), null when the enterprise did not answer.
 */
export function fieldValue(record: EnterpriseRecord, key: EnterpriseField): string | number | null {
  const value = record[key];
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const vocabulary = VOCABULARIES[key];
    return value.map((item) => vocabulary?.[item] ?? item).join(LIST_SEPARATOR);
  }
  if (typeof value === "boolean") return BOOLEAN_TEXT[value ? "true" : "false"];
  if (typeof value === "number") return value;
  return VOCABULARIES[key]?.[value] ?? value;
}

/** For the screen: unanswered questions say so rather than showing a blank. */
export function fieldText(record: EnterpriseRecord, key: EnterpriseField): string {
  const value = fieldValue(record, key);
  if (value === null) return key === "errorCategories" ? "—" : "未作答";
  if (key === "historicalCombination") return `组合 #${value}`;
  if (key === "errorCategories" && value === "") return "—";
  return String(value);
}

/** The text a free-text search looks through: every field's label, lower-cased. */
export function searchText(record: EnterpriseRecord): string {
  return ENTERPRISE_FIELDS.map((key) => fieldValue(record, key) ?? "")
    .join(" ")
    .toLowerCase();
}
