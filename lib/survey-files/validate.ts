/**
 * Parsed rows → records or row errors. Every cell is read on its own first (so one bad cell does
 * not hide the next), then the assembled record goes through the shared zod schema, whose issues
 * are reported against the column the user must fix. Which rows keep their messages is the
 * listing's decision (error-listing.ts): past its limit an error row keeps only its count.
 */
import {
  enterpriseRecordSchema,
  type EnterpriseField,
  type EnterpriseRecord,
} from "@/lib/validations/enterprise";
import { blankValue, parseCell, type ParsedFieldValue } from "./cell-parsers";
import { columnOf, REQUIRED_FIELDS, type ColumnMapping } from "./columns";
import { RowErrorListing } from "./error-listing";
import { cellMessages } from "./file-messages";
import type { ParsedRow, ParsedUpload, RowProblem } from "./types";

export interface ValidatedRow {
  rowNumber: number;
  /** Present only when the row has no errors. */
  record?: EnterpriseRecord;
  errors: RowProblem[];
  /** Errors of the row not kept in `errors` because the listing was full (set only then). */
  omittedErrors?: number;
  /** Worth a look, but do not block the import. */
  warnings: RowProblem[];
  /** The row's code and name as read (null when empty or unreadable), to point at an invalid row. */
  shown: { code: string | null; label: string | null };
}

type Candidate = Record<EnterpriseField, ParsedFieldValue>;

const REQUIRED = new Set<EnterpriseField>(REQUIRED_FIELDS);
const ALL_FIELDS = Object.keys(enterpriseRecordSchema.shape) as EnterpriseField[];
/** Copied per row (one shared hidden class, see table.ts); fields absent from the file stay blank. */
const BLANK_CANDIDATE = Object.fromEntries(ALL_FIELDS.map((field) => [field, blankValue(field)])) as Candidate;

export function validateRows(
  parsed: Pick<ParsedUpload, "rows">,
  mapping: ColumnMapping,
  listing = new RowErrorListing(),
): ValidatedRow[] {
  const firstRowByCode = new Map<string, number>();
  return parsed.rows.map((row) => {
    const { result, code } = validateRow(row, mapping);
    if (code !== null) flagDuplicate(result, code, firstRowByCode, mapping);
    if (!listing.admit(result.errors)) {
      result.omittedErrors = result.errors.length;
      result.errors = [];
    }
    return result;
  });
}

function validateRow(row: ParsedRow, mapping: ColumnMapping): { result: ValidatedRow; code: string | null } {
  const result: ValidatedRow = { rowNumber: row.rowNumber, errors: [], warnings: [], shown: { code: null, label: null } };
  const failed = new Set<EnterpriseField>();
  const report = (field: EnterpriseField | null, message: string, column = headerOf(mapping, field)) => {
    result.errors.push({ column, field, message });
    if (field) failed.add(field);
  };
  const candidate = readCells(row, mapping, result, report);
  for (const field of REQUIRED) {
    if (candidate[field] === null && !failed.has(field)) {
      report(field, field === "code" ? cellMessages.missingCode : cellMessages.required);
    }
  }
  const checked = enterpriseRecordSchema.safeParse(candidate);
  if (checked.success) {
    if (result.errors.length === 0) result.record = checked.data;
  } else {
    for (const issue of checked.error.issues) {
      const field = issue.path[0] as EnterpriseField;
      // A cell already reported has a placeholder value the schema would complain about again.
      if (!failed.has(field)) report(field, issue.message);
    }
  }
  const code = typeof candidate.code === "string" ? candidate.code : null;
  result.shown = { code, label: typeof candidate.label === "string" ? candidate.label : null };
  return { result, code };
}

function readCells(
  row: ParsedRow,
  mapping: ColumnMapping,
  result: ValidatedRow,
  report: (field: EnterpriseField | null, message: string, column?: string) => void,
): Candidate {
  const candidate: Candidate = { ...BLANK_CANDIDATE, errorCategories: [] };
  const unreadable = new Set<string>();
  for (const issue of row.cellIssues ?? []) {
    const mapped = mapping.columns.find((column) => column.header === issue.column);
    // Problems in ignored columns do not matter; whole-row problems (column "") always do.
    if (issue.column !== "" && !mapped) continue;
    report(mapped?.field ?? null, issue.message, issue.column);
    unreadable.add(issue.column);
  }
  for (const { header, field, column } of mapping.columns) {
    if (unreadable.has(header)) continue;
    const outcome = parseCell(row.cells[header] ?? null, column);
    if (!outcome.ok) {
      report(field, outcome.message, header);
      continue;
    }
    candidate[field] = outcome.value;
    if (outcome.warning) result.warnings.push({ column: header, field, message: outcome.warning });
  }
  return candidate;
}

/** Every occurrence after the first is an error naming the first row, so the user sees both. */
function flagDuplicate(
  result: ValidatedRow,
  code: string,
  firstRowByCode: Map<string, number>,
  mapping: ColumnMapping,
): void {
  const firstRow = firstRowByCode.get(code);
  if (firstRow === undefined) {
    firstRowByCode.set(code, result.rowNumber);
    return;
  }
  result.errors.push({ column: headerOf(mapping, "code"), field: "code", message: cellMessages.duplicateCode(code, firstRow) });
  delete result.record;
}

function headerOf(mapping: ColumnMapping, field: EnterpriseField | null): string {
  if (field === null) return "";
  return mapping.headerFor[field] ?? columnOf(field).header;
}
