import { isAssessmentId } from "@/lib/assessments/id";
import { assessmentResponse, assessmentWriteResponse } from "@/lib/assessments/responses";
import { getAssessment, prepareVersion, saveAssessmentVersion } from "@/lib/data/assessments";
import { db } from "@/lib/db";
import { unknownAssessment } from "@/lib/data/submitted-assessments";
import { etagOf, expectedRevision } from "@/lib/http/etag";
import { apiRoute, json, readJson, readQuery, methodNotAllowed } from "@/lib/http/route";
import { assessmentWriteSchema } from "@/lib/validations/assessment";
import { versionQuerySchema } from "@/lib/validations/version";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };


async function assessmentId(context: Context): Promise<string> {
  const { id } = await context.params;
  if (!isAssessmentId(id)) throw unknownAssessment();
  return id;
}

/**
 * GET /api/v1/assessments/{id} — the latest version (or ?version=N) and the list of all versions,
 * with the assessment's ETag for a conditional PUT.
 */
export const GET = apiRoute<Context>(async (request, context) => {
  const id = await assessmentId(context);
  const { version } = readQuery(request, versionQuerySchema);
  const view = await getAssessment(db, id, version ?? "latest");
  if (!view) throw unknownAssessment();
  return json(assessmentResponse(view), { headers: { ETag: etagOf(view.revision), "Cache-Control": "private, no-cache" } });
});

/**
 * PUT /api/v1/assessments/{id} — saves the open draft (or opens the next version as a draft);
 * with `submit: true` evaluates it as a submitted version. 201 when a new version was opened;
 * 412 when `If-Match` names a revision someone has saved over since.
 */
export const PUT = apiRoute<Context>(async (request, context) => {
  const id = await assessmentId(context);
  const expected = expectedRevision(request);
  const body = await readJson(request, assessmentWriteSchema);
  const input = await prepareVersion(db, body);
  const saved = await saveAssessmentVersion(db, id, input, expected);
  if (!saved) throw unknownAssessment();
  return json(assessmentWriteResponse(saved, input.result), { status: saved.created ? 201 : 200, headers: { ETag: etagOf(saved.revision) } });
});

export const { POST, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET", "PUT");
