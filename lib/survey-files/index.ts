/** Public surface of the survey importer/exporter. Pure: no database, no framework. */
export { ImportFileError, isImportFileError, type ImportFileErrorCode, type ImportFileErrorDetails } from "./file-errors";
export type { CellValue, ParsedRow, ParsedUpload, ParseOptions, RowProblem, TextEncodingName, UploadFormat } from "./types";
export { MAX_UPLOAD_BYTES, parseUpload } from "./parse-upload";
export { mapColumns, REQUIRED_FIELDS, type ColumnMapping, type MappedColumn, type SavedMapping } from "./columns";
export { validateRows, type ValidatedRow } from "./validate";
export { STORED_FACTOR_DECIMALS, changedFields, type FieldChange, type FieldValue } from "./record-equality";
export { planImport, type ImportPlan, type PlannedRow, type PlannedStatus } from "./plan";
export { commitOperations, planFingerprint, type CommitOperations, type EnterpriseChange } from "./operations";
export { DEFAULT_SHEET_NAME, EXPORT_HEADERS, exportCsv, exportXlsx, recordToCells, type XlsxExportOptions } from "./serialize";
export { previewImport, type ImportPreview, type PreviewOptions } from "./file-preview";
export { previewMessages } from "./file-messages";
