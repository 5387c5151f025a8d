/**
 * Commits a previewed upload: ONE transaction under the import lock — re-plan the validated rows
 * against the records as they are now, refuse if that differs from what the admin approved
 * (fingerprint), then upsert by code and write the batch with the before/after of every changed
 * record. All rows or none.
 */
import { randomUUID } from "node:crypto";
import { commitOperations, planFingerprint, planImport } from "@/lib/survey-files";
import type { Db } from "@/lib/db/client";
import { ImportServiceError } from "./errors";
import { withImportLock, type TransactionOptions } from "./lock";
import { serviceMessages } from "./messages";
import type { UploadPreview } from "./preview";
import { loadEnterpriseRecords } from "./records";
import { rowErrors } from "./dto";
import { insertChanges, upsertEnterprises } from "./sql";
import { bumpSurveyRevision } from "@/lib/db/survey-revision";

/**
 * Progress and test seams: `afterWrite` after each statement (records first, then the audit rows;
 * the CLI reports progress there, tests fail "on row N"), `beforeCommit` just before COMMIT (the
 * CLI's kill test pauses there). A hook that throws rolls everything back.
 */
export interface CommitHooks {
  afterWrite?: (written: number, total: number, stage: "records" | "audit") => void | Promise<void>;
  beforeCommit?: () => void | Promise<void>;
}

export interface CommitInput {
  upload: UploadPreview;
  actorId: string;
  /** The fingerprint of the preview the admin approved; omitted = commit whatever is valid now. */
  expectedFingerprint?: string;
}

export interface CommitOptions extends TransactionOptions {
  hooks?: CommitHooks;
  /** Rows per INSERT statement (tests use small values to fail "mid-commit"). */
  rowsPerStatement?: number;
}

export interface CommitResult {
  batchId: string;
  createdAt: Date;
  fileName: string;
  sha256: string;
  format: "csv" | "xlsx" | "json";
  fingerprint: string;
  counts: { created: number; updated: number; unchanged: number };
}

/**
 * 422 with the row errors (the first ones listed, as in the preview) or the file-level errors;
 * thrown before any write. The detail counts every invalid row, listed or not.
 */
export function assertCommittable(upload: UploadPreview): void {
  const { preview } = upload;
  if (preview.canCommit) return;
  const errors = rowErrors(preview);
  const invalidRows = preview.plan.counts.error;
  const detail = preview.fileErrors.length
    ? `${serviceMessages.fileErrorsDetail}：${preview.fileErrors.join("；")}`
    : invalidRows
      ? serviceMessages.rowsInvalidDetail(invalidRows)
      : serviceMessages.noRows;
  throw new ImportServiceError("rows-invalid", 422, serviceMessages.rowsInvalid, detail, {
    errors,
    fileErrors: preview.fileErrors,
  });
}

export async function commitImport(db: Db, input: CommitInput, options: CommitOptions = {}): Promise<CommitResult> {
  const { upload, actorId, expectedFingerprint } = input;
  assertCommittable(upload);
  const { hooks = {} } = options;
  return withImportLock(
    db,
    async (tx, dialect) => {
      const plan = planImport(upload.preview.rows, await loadEnterpriseRecords(tx));
      const fingerprint = planFingerprint(plan);
      if (expectedFingerprint !== undefined && fingerprint !== expectedFingerprint) {
        throw new ImportServiceError("stale-preview", 409, serviceMessages.stale, serviceMessages.staleDetail);
      }
      const operations = commitOperations(plan);
      const createdAt = new Date();
      const counts = { created: plan.counts.new, updated: plan.counts.update, unchanged: plan.counts.unchanged };
      const batch = await tx.importBatch.create({
        data: {
          id: randomUUID(),
          committedById: actorId,
          createdAt,
          fileName: upload.fileName,
          sha256: upload.sha256,
          format: upload.preview.file.format,
          ...counts,
          status: "committed",
        },
      });
      const total = operations.upserts.length;
      const progress = (stage: "records" | "audit") => (written: number) => hooks.afterWrite?.(written, total, stage);
      await upsertEnterprises(tx, dialect, operations.upserts, createdAt, progress("records"), options.rowsPerStatement);
      await insertChanges(tx, dialect, batch.id, operations.changes, progress("audit"));
      await bumpSurveyRevision(tx);
      await hooks.beforeCommit?.();
      return {
        batchId: batch.id,
        createdAt,
        fileName: upload.fileName,
        sha256: upload.sha256,
        format: upload.preview.file.format,
        fingerprint,
        counts,
      };
    },
    options,
  );
}
