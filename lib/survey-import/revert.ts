/**
 * Reverts a committed batch in ONE transaction under the import lock: every updated record gets
 * its `before` back, every record the batch created is deleted. Refused — and nothing changed —
 * when the batch is already reverted, when a later committed batch touched the same records, or
 * when a record no longer equals what the batch wrote (so a revert never clobbers other work).
 */
import { changedFields } from "@/lib/survey-files";
import type { Db } from "@/lib/db/client";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import { ImportServiceError } from "./errors";
import { bumpSurveyRevision } from "@/lib/db/survey-revision";
import { withImportLock, type TransactionOptions } from "./lock";
import { serviceMessages } from "./messages";
import { loadEnterpriseRecords } from "./records";
import { deleteEnterprises, upsertEnterprises } from "./sql";

export interface RevertInput {
  batchId: string;
  actorId: string;
}

export interface RevertResult {
  batchId: string;
  status: "reverted";
  revertedAt: Date;
  restored: number;
  deleted: number;
}

export async function revertBatch(db: Db, { batchId, actorId }: RevertInput, options: TransactionOptions = {}): Promise<RevertResult> {
  return withImportLock(
    db,
    async (tx, dialect) => {
      const batch = await tx.importBatch.findUnique({ where: { id: batchId }, include: { changes: true } });
      if (!batch) throw new ImportServiceError("batch-not-found", 404, serviceMessages.batchNotFound);
      if (batch.status === "reverted") {
        const when = batch.revertedAt ? batch.revertedAt.toISOString() : "此前";
        throw new ImportServiceError("already-reverted", 409, serviceMessages.alreadyReverted, serviceMessages.alreadyRevertedDetail(when));
      }
      const codes = new Set(batch.changes.map((change) => change.enterpriseCode));

      // Batches are serialised and stamped after taking the lock, so createdAt orders them.
      const later = await tx.importChange.findMany({
        where: { batch: { status: "committed", id: { not: batch.id }, createdAt: { gte: batch.createdAt } } },
        select: { batchId: true, enterpriseCode: true },
      });
      const overlapping = later.filter((change) => codes.has(change.enterpriseCode));
      if (overlapping.length) {
        const batchIds = [...new Set(overlapping.map((change) => change.batchId))];
        const recordCodes = [...new Set(overlapping.map((change) => change.enterpriseCode))].sort();
        throw new ImportServiceError("later-batch", 409, serviceMessages.laterBatch, serviceMessages.laterBatchDetail(batchIds, recordCodes), {
          laterBatches: batchIds,
        });
      }

      const current = new Map((await loadEnterpriseRecords(tx)).map((record) => [record.code, record]));
      const drifted = batch.changes
        .filter((change) => {
          const now = current.get(change.enterpriseCode);
          return !now || changedFields(change.after as unknown as EnterpriseRecord, now).length > 0;
        })
        .map((change) => change.enterpriseCode)
        .sort();
      if (drifted.length) {
        throw new ImportServiceError("drifted", 409, serviceMessages.drifted, serviceMessages.driftedDetail(drifted));
      }

      const revertedAt = new Date();
      const restore = batch.changes.filter((change) => change.kind === "update").map((change) => change.before as unknown as EnterpriseRecord);
      const created = batch.changes.filter((change) => change.kind === "create").map((change) => change.enterpriseCode);
      await upsertEnterprises(tx, dialect, restore, revertedAt);
      await deleteEnterprises(tx, dialect, created);
      await bumpSurveyRevision(tx);
      await tx.importBatch.update({ where: { id: batch.id }, data: { status: "reverted", revertedAt, revertedById: actorId } });
      return { batchId: batch.id, status: "reverted", revertedAt, restored: restore.length, deleted: created.length };
    },
    options,
  );
}
