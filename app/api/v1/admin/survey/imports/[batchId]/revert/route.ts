import { after } from "next/server";
import { getSurveySnapshot } from "@/lib/data/survey-snapshot";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { apiRoute, json, methodNotAllowed } from "@/lib/http/route";
import { requireAdminApi } from "@/lib/session";
import { revertBatch } from "@/lib/survey-import";
import { batchIdSchema } from "@/lib/survey-import/schemas";

export const dynamic = "force-dynamic";

/** POST /api/v1/admin/survey/imports/{batchId}/revert — undoes a batch in one transaction. */
export const POST = apiRoute<{ params: Promise<{ batchId: string }> }>(async (_request, { params }) => {
  const admin = await requireAdminApi();
  const batchId = batchIdSchema.safeParse((await params).batchId);
  if (!batchId.success) throw notFound("导入批次不存在");
  const result = await revertBatch(db, { batchId: batchId.data, actorId: admin.id });
  // Rebuild what is kept per survey revision now, not on the next visitor's request.
  after(() => getSurveySnapshot(db));
  revalidatePath("/", "layout");
  return json({ ...result, revertedAt: result.revertedAt.toISOString() });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("POST");
