/**
 * Field values as the admin reads them (Chinese labels, 是/否), for the preview table and the batch
 * diff. Pure and client-safe.
 */
import { changedFields } from "@/lib/survey-files/record-equality";
import { labelOf, vocabularyOf } from "@/lib/survey-files/vocabulary";
import { ENTERPRISE_COLUMNS, type EnterpriseField, type EnterpriseRecord } from "@/lib/validations/enterprise";

export interface FieldDiff {
  field: EnterpriseField;
  /** The Chinese header of the layout. */
  column: string;
  before: string | null;
  after: string | null;
}

const COLUMN_BY_FIELD = new Map(ENTERPRISE_COLUMNS.map((column) => [column.key, column]));

export function columnHeader(field: EnterpriseField): string {
  return COLUMN_BY_FIELD.get(field)?.header ?? field;
}

export function displayValue(field: EnterpriseField, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  switch (COLUMN_BY_FIELD.get(field)?.kind) {
    case "enum":
      return labelOf(vocabularyOf(field), String(value));
    case "list": {
      const items = value as string[];
      return items.length ? items.map((item) => labelOf(vocabularyOf(field), item)).join("；") : null;
    }
    case "boolean":
      return value ? "是" : "否";
    default:
      return String(value);
  }
}

/** Changed fields of an update; every filled field of a created record (before = null). */
export function recordDiff(before: EnterpriseRecord | null, after: EnterpriseRecord): FieldDiff[] {
  if (before) {
    return changedFields(before, after).map(({ field, before: was, after: now }) => ({
      field,
      column: columnHeader(field),
      before: displayValue(field, was),
      after: displayValue(field, now),
    }));
  }
  return ENTERPRISE_COLUMNS.flatMap(({ key }) => {
    const shown = displayValue(key, after[key]);
    return shown === null ? [] : [{ field: key, column: columnHeader(key), before: null, after: shown }];
  });
}
