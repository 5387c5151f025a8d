import { assessmentWriteResponse } from "@/lib/assessments/responses";
import { createAssessment, prepareVersion } from "@/lib/data/assessments";
import { db } from "@/lib/db";
import { etagOf } from "@/lib/http/etag";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { apiRoute, json, readJson, methodNotAllowed } from "@/lib/http/route";
import { assessmentWriteSchema } from "@/lib/validations/assessment";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/assessments — a new assessment from questionnaire answers: a draft
 * (`submit: false`, answers may be incomplete) or evaluated at once (`submit: true`).
 * No sign-in: the unguessable id in the answer is the key to the assessment. Limited per client
 * (counted only for bodies that would be stored).
 */
export const POST = apiRoute(async (request) => {
  const body = await readJson(request, assessmentWriteSchema);
  const input = await prepareVersion(db, body);
  const limit = await consumeRateLimit(db, "assessment-create", request);
  const saved = await createAssessment(db, input);
  return json(assessmentWriteResponse(saved, input.result), { status: 201, headers: { ...limit, ETag: etagOf(saved.revision) } });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("POST");
