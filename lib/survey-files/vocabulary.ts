/**
 * Enumerated cells: which catalog list each field draws from, and how a cell's text finds its id.
 * Admins type either the id (`binhai`) or the Chinese label (`滨海新区`); labels are matched
 * loosely (full-width/half-width, spacing, case) and also by their short form before the
 * parenthesis, because nobody types "飞腾（FT-2000/4、S2500 等，ARM64）" in full.
 */
import {
  ARCHITECTURE_TYPE_LABELS,
  ARCHITECTURE_TYPES,
  CPU_FAMILIES,
  CPU_FAMILY_LABELS,
  CRYPTO_MODE_LABELS,
  CRYPTO_MODES,
  DECISION_LABELS,
  DECISIONS,
  DISTRICT_LABELS,
  DISTRICTS,
  ERROR_CATEGORIES,
  ERROR_CATEGORY_LABELS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  OUTCOME_LABELS,
  OUTCOMES,
  TARGET_OS_LABELS,
  TARGET_OSES,
  TIER_LABELS,
  TIERS,
  TOP_CRITERIA,
  TOP_CRITERION_LABELS,
} from "@/lib/domain/catalog";
import type { EnterpriseField } from "@/lib/validations/enterprise";

export interface Vocabulary {
  values: readonly string[];
  labels: Readonly<Record<string, string>>;
  /** Loose key (see `looseKey`) → id. */
  lookup: ReadonlyMap<string, string>;
  /** Id or label exactly as written → id: the fast path for exported files (no normalizing). */
  exact: ReadonlyMap<string, string>;
}

/** Case-, width- and space-insensitive form used for matching headers and enum labels. */
export function looseKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

function vocabulary<T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
  aliasesOf: (label: string) => string[] = () => [],
): Vocabulary {
  const lookup = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (key: string, value: T) => {
    if (key === "" || ambiguous.has(key)) return;
    const existing = lookup.get(key);
    if (existing !== undefined && existing !== value) {
      lookup.delete(key); // two values share this short form: accept neither rather than guess
      ambiguous.add(key);
      return;
    }
    lookup.set(key, value);
  };
  // Ids and full labels first, so a short form can never displace them.
  for (const value of values) add(looseKey(value), value);
  for (const value of values) add(looseKey(labels[value]), value);
  for (const value of values) {
    const label = looseKey(labels[value]);
    for (const alias of [shortForm(label), ...aliasesOf(label)]) if (!lookup.has(alias)) add(alias, value);
  }
  const exact = new Map<string, string>();
  for (const value of values) exact.set(labels[value], value).set(value, value);
  return { values, labels, lookup, exact };
}

/** "反例(历史选型错误)" → "反例" (keys are NFKC, so parentheses are half-width here). */
function shortForm(key: string): string {
  const parenthesis = key.indexOf("(");
  return parenthesis > 0 ? key.slice(0, parenthesis) : key;
}

/** "滨海新区" → "滨海", "和平区" → "和平": how districts are said aloud. */
const districtAliases = (label: string) => [label.replace(/(新区|区)$/, "")];

export const ENUM_VOCABULARIES: Partial<Record<EnterpriseField, Vocabulary>> = {
  district: vocabulary(DISTRICTS, DISTRICT_LABELS, districtAliases),
  industry: vocabulary(INDUSTRIES, INDUSTRY_LABELS),
  architectureType: vocabulary(ARCHITECTURE_TYPES, ARCHITECTURE_TYPE_LABELS),
  targetOs: vocabulary(TARGET_OSES, TARGET_OS_LABELS),
  cpu: vocabulary(CPU_FAMILIES, CPU_FAMILY_LABELS),
  crypto: vocabulary(CRYPTO_MODES, CRYPTO_MODE_LABELS),
  tier: vocabulary(TIERS, TIER_LABELS),
  topCriterion: vocabulary(TOP_CRITERIA, TOP_CRITERION_LABELS),
  historicalDecision: vocabulary(DECISIONS, DECISION_LABELS),
  outcome: vocabulary(OUTCOMES, OUTCOME_LABELS),
  // Files exported before 2026-12-01 wrote the tiny-leaf label with a threshold the article never gave.
  errorCategories: vocabulary(ERROR_CATEGORIES, ERROR_CATEGORY_LABELS, (label) => (label === looseKey(ERROR_CATEGORY_LABELS["tiny-leaf"]) ? [looseKey("叶节点样本过少（< 5）")] : [])),
};

export function vocabularyOf(field: EnterpriseField): Vocabulary {
  const found = ENUM_VOCABULARIES[field];
  if (!found) throw new Error(`No vocabulary for field ${field}`); // a layout/catalog mismatch: a bug
  return found;
}

/** The id for a cell's text, or undefined. */
export function lookupEnum(vocabularyFor: Vocabulary, text: string): string | undefined {
  return vocabularyFor.exact.get(text) ?? vocabularyFor.lookup.get(looseKey(text));
}

/** The Chinese label the export writes. */
export function labelOf(vocabularyFor: Vocabulary, value: string): string {
  return vocabularyFor.labels[value] ?? value;
}
