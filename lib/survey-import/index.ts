/**
 * Survey import service: preview, the transactional commit and revert, the audit trail, saved
 * column mappings, export. Every function takes the Prisma client (`Db`) to use, so the app
 * (lib/db), the CLI and the tests pass their own. Not "server-only" so that the CLI and vitest
 * can load it; nothing here may be imported by a client component except schemas.ts/display.ts.
 */
export { resolveAdmin, type ActorLookup } from "./actors";
export { BATCHES_PER_PAGE, CHANGES_PER_PAGE, getBatch, getBatchChanges, listBatches, type BatchChangeView, type BatchSummary, type Page } from "./batches";
export { assertCommittable, commitImport, type CommitHooks, type CommitInput, type CommitOptions, type CommitResult } from "./commit";
export { displayValue, recordDiff, type FieldDiff } from "./display";
export { rowErrors, toPreviewResponse } from "./dto";
export { ImportServiceError, isImportServiceError, type ImportServiceErrorCode } from "./errors";
export { exportSurvey, type SurveyExport } from "./export";
export { withImportLock, type TransactionOptions } from "./lock";
export { getColumnMapping, listColumnMappings, saveColumnMapping, type SavedMappingEntry } from "./mappings";
export { rowErrorLine, serviceMessages } from "./messages";
export { previewUpload, type UploadInput, type UploadPreview } from "./preview";
export { loadEnterpriseRecords } from "./records";
export { revertBatch, type RevertInput, type RevertResult } from "./revert";
