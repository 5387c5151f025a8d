/** A preview as the API answers it (previewResponseSchema): row statuses, errors by column, diffs. */
import type { ImportPreview } from "@/lib/survey-files";
import { columnHeader, recordDiff } from "./display";
import type { UploadPreview } from "./preview";
import type { PreviewResponse, PreviewRow, RowError } from "./schemas";

/** Every row error, in row order: `{row, column, message}`. */
export function rowErrors(preview: ImportPreview): RowError[] {
  return preview.plan.rows.flatMap((row) =>
    row.status === "error" ? row.errors.map((error) => ({ row: row.rowNumber, column: error.column, message: error.message })) : [],
  );
}

export function toPreviewResponse(upload: UploadPreview): PreviewResponse {
  const { preview } = upload;
  const rows: PreviewRow[] = preview.plan.rows.map((row, index) => {
    const warnings = (preview.rows[index]?.warnings ?? []).map((warning) => ({
      row: row.rowNumber,
      column: warning.column,
      message: warning.message,
    }));
    if (row.status === "error") {
      const errors = row.errors.map((error) => ({ row: row.rowNumber, column: error.column, message: error.message }));
      return { row: row.rowNumber, status: "error", code: row.shown.code, label: row.shown.label, errors, warnings, changes: [] };
    }
    const changes = row.status === "update" ? recordDiff(row.before, row.record) : [];
    return { row: row.rowNumber, status: row.status, code: row.code, label: row.record.label, errors: [], warnings, changes };
  });
  return {
    dryRun: true,
    fileName: upload.fileName,
    sha256: upload.sha256,
    format: preview.file.format,
    encoding: preview.file.encoding ?? null,
    sheet: preview.file.sheetUsed ?? null,
    sheets: preview.file.sheets ?? [],
    rowCount: preview.file.rowCount,
    fingerprint: upload.fingerprint,
    canCommit: preview.canCommit,
    counts: preview.plan.counts,
    fileErrors: preview.fileErrors,
    warnings: preview.warnings,
    mapping: {
      headers: preview.file.headers,
      columns: preview.mapping.columns.map(({ header, field }) => ({ header, field, column: columnHeader(field) })),
      unknownHeaders: preview.mapping.unknownHeaders,
      missingRequired: preview.mapping.missingRequired.map(columnHeader),
    },
    errors: rowErrors(preview),
    rows,
  };
}
