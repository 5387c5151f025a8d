import { after } from "next/server";
import { getSurveySnapshot } from "@/lib/data/survey-snapshot";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { apiRoute, json, readQuery, methodNotAllowed } from "@/lib/http/route";
import { requireAdminApi } from "@/lib/session";
import { readImportRequest } from "@/lib/http/import-form";
import { commitImport, previewUpload, toPreviewResponse } from "@/lib/survey-import";
import { importQuerySchema } from "@/lib/survey-import/schemas";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/admin/survey/imports[?dryRun=1] — multipart `file` (+ `sheet`, `mapping`,
 * `fingerprint`). Dry run: the preview with every row's status and errors, nothing written.
 * Otherwise: one transaction (201 with the batch), 422 with the row errors, or 409 when the data
 * changed since the previewed `fingerprint`. The session is checked first: an anonymous caller
 * or an architect gets 401/403 before anything is parsed.
 */
export const POST = apiRoute(async (request) => {
  const admin = await requireAdminApi();
  const { dryRun } = readQuery(request, importQuerySchema);
  const form = await readImportRequest(request);
  const upload = await previewUpload(db, form);
  if (dryRun) return json(toPreviewResponse(upload));
  const result = await commitImport(db, { upload, actorId: admin.id, expectedFingerprint: form.fingerprint });
  // Rebuild what is kept per survey revision now, not on the next visitor's request.
  after(() => getSurveySnapshot(db));
  revalidatePath("/", "layout");
  return json({ ...result, createdAt: result.createdAt.toISOString() }, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("POST");
