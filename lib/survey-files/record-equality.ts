/**
 * When is a field "unchanged"? Factors compare at stored precision (0.92 vs 0.9200000001), text
 * after the same tidying the importer applies (null ≡ "", CRLF ≡ LF), lists as sets.
 */
import {
  ENTERPRISE_COLUMNS,
  type ColumnKind,
  type EnterpriseField,
  type EnterpriseRecord,
} from "@/lib/validations/enterprise";
import { tidyText } from "./spreadsheet-text";

/** Decimal places a factor keeps; the importer rounds to it and the database must hold at least it. */
export const STORED_FACTOR_DECIMALS = 4;
const FACTOR_SCALE = 10 ** STORED_FACTOR_DECIMALS;

export type FieldValue = EnterpriseRecord[EnterpriseField];

export interface FieldChange {
  field: EnterpriseField;
  before: FieldValue | null;
  after: FieldValue | null;
}

export function roundFactor(value: number): number {
  return Math.round(value * FACTOR_SCALE) / FACTOR_SCALE;
}

/** The fields whose value differs, in layout order. */
export function changedFields(before: EnterpriseRecord, after: EnterpriseRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const { key, kind } of ENTERPRISE_COLUMNS) {
    const [was, now] = [before[key] ?? null, after[key] ?? null];
    if (!sameValue(kind, was, now)) changes.push({ field: key, before: was, after: now });
  }
  return changes;
}

function sameValue(kind: ColumnKind, a: FieldValue | null, b: FieldValue | null): boolean {
  switch (kind) {
    case "factor":
      return a === null || b === null ? a === b : roundFactor(Number(a)) === roundFactor(Number(b));
    case "text":
      return tidyOrNull(a) === tidyOrNull(b);
    case "list":
      return setKey(a) === setKey(b);
    default:
      return a === b;
  }
}

const tidyOrNull = (value: FieldValue | null) => (typeof value === "string" ? tidyText(value) : value);

const setKey = (value: FieldValue | null) =>
  Array.isArray(value) ? [...new Set(value)].sort().join("\u0000") : "";
