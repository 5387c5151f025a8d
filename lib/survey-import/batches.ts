/** Reads of the audit trail for the admin pages: batches with counts, and one batch's diff. */
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import { recordDiff, type FieldDiff } from "./display";
import type { Tx } from "./sql";

export const BATCHES_PER_PAGE = 50;
export const CHANGES_PER_PAGE = 100;

export interface BatchSummary {
  id: string;
  createdAt: Date;
  committedBy: { email: string; name: string };
  fileName: string;
  sha256: string;
  format: string;
  created: number;
  updated: number;
  unchanged: number;
  status: "committed" | "reverted";
  revertedAt: Date | null;
  revertedBy: { email: string; name: string } | null;
}

export interface BatchChangeView {
  code: string;
  kind: "create" | "update";
  label: string;
  fields: FieldDiff[];
}

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
}

const userSelect = { select: { email: true, name: true } } as const;

function pageOf(requested: number, total: number, size: number) {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pages);
  return { page, pages, skip: (page - 1) * size };
}

function toSummary(batch: Omit<BatchSummary, "status"> & { status: string }): BatchSummary {
  return { ...batch, status: batch.status === "reverted" ? "reverted" : "committed" };
}

export async function listBatches(client: Tx, requestedPage = 1): Promise<Page<BatchSummary>> {
  const total = await client.importBatch.count();
  const { page, pages, skip } = pageOf(requestedPage, total, BATCHES_PER_PAGE);
  const rows = await client.importBatch.findMany({
    orderBy: { createdAt: "desc" },
    skip,
    take: BATCHES_PER_PAGE,
    include: { committedBy: userSelect, revertedBy: userSelect },
  });
  return { items: rows.map(toSummary), page, pages, total };
}

export async function getBatch(client: Tx, id: string): Promise<BatchSummary | null> {
  const batch = await client.importBatch.findUnique({ where: { id }, include: { committedBy: userSelect, revertedBy: userSelect } });
  return batch ? toSummary(batch) : null;
}

/** One page of a batch's changes, field by field (before → after, Chinese headers). */
export async function getBatchChanges(client: Tx, batchId: string, requestedPage = 1): Promise<Page<BatchChangeView>> {
  const total = await client.importChange.count({ where: { batchId } });
  const { page, pages, skip } = pageOf(requestedPage, total, CHANGES_PER_PAGE);
  const rows = await client.importChange.findMany({ where: { batchId }, orderBy: { enterpriseCode: "asc" }, skip, take: CHANGES_PER_PAGE });
  const items = rows.map((row) => {
    const before = row.before as unknown as EnterpriseRecord | null;
    const after = row.after as unknown as EnterpriseRecord;
    return {
      code: row.enterpriseCode,
      kind: row.kind === "create" ? ("create" as const) : ("update" as const),
      label: after.label,
      fields: recordDiff(before, after),
    };
  });
  return { items, page, pages, total };
}
