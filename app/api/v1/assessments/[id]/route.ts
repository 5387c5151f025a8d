import { assessmentResponse, assessmentWriteResponse } from "@/lib/assessments/responses";
import { logAccess } from "@/lib/data/access";
import { getAssessment, moveToBin, prepareVersion, saveAssessmentVersion } from "@/lib/data/assessments";
import { unknownAssessment } from "@/lib/data/submitted-assessments";
import { db } from "@/lib/db";
import { assertManageable, assertWritable, readableAssessment } from "@/lib/http/assessment-access";
import { etagOf, expectedRevision } from "@/lib/http/etag";
import { requesterFrom } from "@/lib/http/requester";
import { apiRoute, json, readJson, readQuery, methodNotAllowed } from "@/lib/http/route";
import { assessmentWriteSchema } from "@/lib/validations/assessment";
import { versionQuerySchema } from "@/lib/validations/version";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * GET /api/v1/assessments/{id} — the latest version (or ?version=N) and the list of all versions,
 * with the assessment's ETag for a conditional PUT. 404 for an assessment the requester may not read.
 */
export const GET = apiRoute<Context>(async (request, context) => {
  const { requester } = await requesterFrom(request);
  const access = await readableAssessment((await context.params).id, requester);
  const { version } = readQuery(request, versionQuerySchema);
  const view = await getAssessment(db, access.assessmentId, version ?? "latest");
  if (!view) throw unknownAssessment();
  await logAccess(db, access, requester, "view", "API");
  return json(assessmentResponse(view), { headers: { ETag: etagOf(view.revision), "Cache-Control": "private, no-cache" } });
});

/**
 * PUT /api/v1/assessments/{id} — saves the open draft (or opens the next version as a draft);
 * with `submit: true` evaluates it as a submitted version. 201 when a new version was opened;
 * 403 for a reader without edit rights; 412 when `If-Match` names a revision someone has saved
 * over since.
 */
export const PUT = apiRoute<Context>(async (request, context) => {
  const { requester, user } = await requesterFrom(request);
  const access = await readableAssessment((await context.params).id, requester);
  assertWritable(access, requester);
  const expected = expectedRevision(request);
  const body = await readJson(request, assessmentWriteSchema);
  const input = await prepareVersion(db, body);
  const saved = await saveAssessmentVersion(db, access.assessmentId, input, expected, user?.id ?? null);
  if (!saved) throw unknownAssessment();
  await logAccess(db, access, requester, "change", `第 ${saved.version} 版${input.result ? "（提交）" : "（草稿）"}`);
  return json(assessmentWriteResponse(saved, input.result), { status: saved.created ? 201 : 200, headers: { ETag: etagOf(saved.revision) } });
});

/** DELETE /api/v1/assessments/{id} — moves it to its owner's bin (restorable); the owner only, signed in. */
export const DELETE = apiRoute<Context>(async (request, context) => {
  const { requester } = await requesterFrom(request);
  const access = await readableAssessment((await context.params).id, requester);
  assertManageable(access, requester);
  await moveToBin(db, access.assessmentId);
  await logAccess(db, access, requester, "delete");
  return new Response(null, { status: 204 });
});

export const { POST, PATCH, OPTIONS } = methodNotAllowed("GET", "PUT", "DELETE");
