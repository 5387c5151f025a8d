/**
 * What committing the file would do, row by row, against the records already stored. Records the
 * file does not mention are left alone: an import adds and updates, it never deletes.
 */
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import { changedFields, type FieldChange } from "./record-equality";
import type { RowProblem } from "./types";
import type { ValidatedRow } from "./validate";

export type PlannedRow =
  | { status: "new"; rowNumber: number; code: string; record: EnterpriseRecord }
  | {
      status: "update";
      rowNumber: number;
      code: string;
      record: EnterpriseRecord;
      before: EnterpriseRecord;
      changes: FieldChange[];
    }
  | { status: "unchanged"; rowNumber: number; code: string; record: EnterpriseRecord }
  | { status: "error"; rowNumber: number; errors: RowProblem[]; omittedErrors?: number; shown: ValidatedRow["shown"] };

export type PlannedStatus = PlannedRow["status"];

export interface ImportPlan {
  rows: PlannedRow[];
  counts: Record<PlannedStatus, number> & { total: number };
  /** No row has an error and there is at least one row. */
  canCommit: boolean;
}

export function planImport(rows: readonly ValidatedRow[], existing: readonly EnterpriseRecord[]): ImportPlan {
  const existingByCode = new Map(existing.map((record) => [record.code, record]));
  const planned = rows.map((row) => planRow(row, existingByCode));
  const counts = { new: 0, update: 0, unchanged: 0, error: 0, total: planned.length };
  for (const row of planned) counts[row.status]++;
  return { rows: planned, counts, canCommit: counts.error === 0 && counts.total > 0 };
}

function planRow(row: ValidatedRow, existingByCode: ReadonlyMap<string, EnterpriseRecord>): PlannedRow {
  const { rowNumber, record } = row;
  if (!record || row.errors.length > 0) {
    const { errors, omittedErrors, shown } = row;
    return omittedErrors ? { status: "error", rowNumber, errors, omittedErrors, shown } : { status: "error", rowNumber, errors, shown };
  }
  const before = existingByCode.get(record.code);
  if (!before) return { status: "new", rowNumber, code: record.code, record };
  const changes = changedFields(before, record);
  if (changes.length === 0) return { status: "unchanged", rowNumber, code: record.code, record };
  return { status: "update", rowNumber, code: record.code, record, before, changes };
}
