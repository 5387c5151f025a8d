"use server";

/** Reverts a batch from the audit page; the same service as POST …/imports/{batchId}/revert. */
import { after } from "next/server";
import { getSurveySnapshot } from "@/lib/data/survey-snapshot";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validations/zod";
import { db } from "@/lib/db";
import { adminFormAction } from "@/lib/http/action";
import { revertBatch } from "@/lib/survey-import";
import { batchIdSchema } from "@/lib/survey-import/schemas";

export const revertBatchAction = adminFormAction({
  schema: z.object({ batchId: batchIdSchema }),
  page: (input) => (input ? `/admin/batches/${input.batchId}` : "/admin/batches"),
  invalid: "批次编号无效",
  async run({ batchId }, admin) {
    const result = await revertBatch(db, { batchId, actorId: admin.id });
    // Rebuild what is kept per survey revision now, not on the next visitor's request.
    after(() => getSurveySnapshot(db));
    revalidatePath("/", "layout");
    return { ok: true, message: `已回滚：恢复 ${result.restored} 条记录，删除 ${result.deleted} 条新增记录` };
  },
});
