"use server";

/** Reverts a batch from the audit page; the same service as POST …/imports/{batchId}/revert. */
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireAdminPage } from "@/lib/session";
import { isImportServiceError, revertBatch } from "@/lib/survey-import";
import { batchIdSchema } from "@/lib/survey-import/schemas";

export type RevertState = { ok: boolean; message: string } | null;

export async function revertBatchAction(_prev: RevertState, form: FormData): Promise<RevertState> {
  const batchId = batchIdSchema.safeParse(form.get("batchId"));
  const admin = await requireAdminPage(batchId.success ? `/admin/batches/${batchId.data}` : "/admin/batches");
  if (!batchId.success) return { ok: false, message: "批次编号无效" };
  try {
    const result = await revertBatch(db, { batchId: batchId.data, actorId: admin.id });
    revalidatePath("/", "layout");
    return { ok: true, message: `已回滚：恢复 ${result.restored} 条记录，删除 ${result.deleted} 条新增记录` };
  } catch (error) {
    if (isImportServiceError(error)) return { ok: false, message: error.detail ? `${error.title}：${error.detail}` : error.title };
    throw error;
  }
}
