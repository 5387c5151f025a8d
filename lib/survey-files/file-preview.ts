/**
 * The whole pipeline in one call — parse → map → validate → plan — for the admin preview, the
 * CLI and `npm run bench`. Whole-file read failures throw ImportFileError; column-mapping
 * problems come back as `fileErrors` so the UI can show the mapping editor next to them.
 */
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import { mapColumns, type ColumnMapping, type SavedMapping } from "./columns";
import { parseUpload } from "./parse-upload";
import { planImport, type ImportPlan } from "./plan";
import type { ParsedUpload, ParseOptions } from "./types";
import { validateRows, type ValidatedRow } from "./validate";

export interface PreviewOptions extends ParseOptions {
  savedMapping?: SavedMapping;
}

export interface ImportPreview {
  file: Omit<ParsedUpload, "rows"> & { rowCount: number };
  mapping: ColumnMapping;
  rows: ValidatedRow[];
  plan: ImportPlan;
  fileErrors: string[];
  warnings: string[];
  canCommit: boolean;
}

export async function previewImport(
  bytes: Uint8Array,
  existing: readonly EnterpriseRecord[],
  options: PreviewOptions = {},
): Promise<ImportPreview> {
  const parsed = await parseUpload(bytes, options);
  const mapping = mapColumns(parsed.headers, options.savedMapping);
  // Without the required columns every row would repeat the same error; report it once instead.
  const rows = mapping.errors.length ? [] : validateRows(parsed, mapping);
  const plan = planImport(rows, existing);
  const { rows: parsedRows, ...file } = parsed;
  return {
    file: { ...file, rowCount: parsedRows.length },
    mapping,
    rows,
    plan,
    fileErrors: mapping.errors,
    warnings: mapping.warnings,
    canCommit: mapping.errors.length === 0 && plan.canCommit,
  };
}
