/**
 * The whole pipeline in one call — parse → map → validate → plan — for the admin preview, the
 * CLI and `npm run bench`. Whole-file read failures throw ImportFileError; column-mapping
 * problems come back as `fileErrors` so the UI can show the mapping editor next to them.
 *
 * Every data line must be accounted for: the reader counts the file's data lines apart from the
 * rows it produces, and a preview where they differ cannot be committed (a line silently lost
 * is a record silently not imported).
 */
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import { mapColumns, type ColumnMapping, type SavedMapping } from "./columns";
import { RowErrorListing, type ErrorSummary } from "./error-listing";
import { fileMessages } from "./file-messages";
import { parseUpload } from "./parse-upload";
import { planImport, type ImportPlan } from "./plan";
import type { ParsedUpload, ParseOptions } from "./types";
import { validateRows, type ValidatedRow } from "./validate";

export interface PreviewOptions extends ParseOptions {
  savedMapping?: SavedMapping;
}

export interface ImportPreview {
  file: Omit<ParsedUpload, "rows" | "warnings"> & { rowCount: number };
  mapping: ColumnMapping;
  rows: ValidatedRow[];
  plan: ImportPlan;
  fileErrors: string[];
  warnings: string[];
  /** Row errors in all; `rows` keeps the messages of the listed ones only. */
  errorSummary: ErrorSummary;
  canCommit: boolean;
}

export async function previewImport(
  bytes: Uint8Array,
  existing: readonly EnterpriseRecord[],
  options: PreviewOptions = {},
): Promise<ImportPreview> {
  const parsed = await parseUpload(bytes, options);
  const mapping = mapColumns(parsed.headers, options.savedMapping);
  const listing = new RowErrorListing();
  // Without the required columns every row would repeat the same error; report it once instead.
  const rows = mapping.errors.length ? [] : validateRows(parsed, mapping, listing);
  const plan = planImport(rows, existing);
  const { rows: parsedRows, warnings: readerWarnings = [], ...file } = parsed;
  const fileErrors = [...mapping.errors];
  if (file.dataLines !== parsedRows.length) fileErrors.push(fileMessages.lineCountMismatch(file.dataLines, parsedRows.length));
  return {
    file: { ...file, rowCount: parsedRows.length },
    mapping,
    rows,
    plan,
    fileErrors,
    warnings: [...mapping.warnings, ...readerWarnings],
    errorSummary: listing.summary(),
    canCommit: fileErrors.length === 0 && plan.canCommit,
  };
}
