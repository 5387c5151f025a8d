/**
 * A preview as the API answers it (previewResponseSchema): row statuses, errors by column, diffs.
 * Its size follows the rows to import, never the errors: an error row whose messages the listing
 * left out (lib/survey-files/error-listing.ts) is only counted, in `errorSummary`.
 */
import type { ImportPreview } from "@/lib/survey-files";
import { columnHeader, recordDiff } from "./display";
import type { UploadPreview } from "./preview";
import type { PreviewResponse, PreviewRow, RowError } from "./schemas";

/** The listed row errors, in row order: `{row, column, message}`. */
export function rowErrors(preview: ImportPreview): RowError[] {
  return preview.plan.rows.flatMap((row) =>
    row.status === "error" ? row.errors.map((error) => ({ row: row.rowNumber, column: error.column, message: error.message })) : [],
  );
}

function previewRows(preview: ImportPreview): PreviewRow[] {
  const rows: PreviewRow[] = [];
  preview.plan.rows.forEach((row, index) => {
    if (row.status === "error" && row.omittedErrors) return;
    const warnings = (preview.rows[index]?.warnings ?? []).map((warning) => ({
      row: row.rowNumber,
      column: warning.column,
      message: warning.message,
    }));
    if (row.status === "error") {
      const errors = row.errors.map((error) => ({ row: row.rowNumber, column: error.column, message: error.message }));
      rows.push({ row: row.rowNumber, status: "error", code: row.shown.code, label: row.shown.label, errors, warnings, changes: [] });
      return;
    }
    const changes = row.status === "update" ? recordDiff(row.before, row.record) : [];
    rows.push({ row: row.rowNumber, status: row.status, code: row.code, label: row.record.label, errors: [], warnings, changes });
  });
  return rows;
}

export function toPreviewResponse(upload: UploadPreview): PreviewResponse {
  const { preview } = upload;
  return {
    dryRun: true,
    fileName: upload.fileName,
    sha256: upload.sha256,
    format: preview.file.format,
    encoding: preview.file.encoding ?? null,
    sheet: preview.file.sheetUsed ?? null,
    sheets: preview.file.sheets ?? [],
    rowCount: preview.file.rowCount,
    dataLines: preview.file.dataLines,
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
    errorSummary: preview.errorSummary,
    rows: previewRows(preview),
  };
}
