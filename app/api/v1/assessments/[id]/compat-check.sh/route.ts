import { compatProfileForAssessment } from "@/lib/compat-check/assessment-profile";
import { logAccess } from "@/lib/data/access";
import { getSubmittedAssessment } from "@/lib/data/submitted-assessments";
import { readableAssessment } from "@/lib/http/assessment-access";
import { requesterFrom } from "@/lib/http/requester";
import { db } from "@/lib/db";
import { compatCheckResponse } from "@/lib/http/compat-check";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { apiRoute, readQuery, methodNotAllowed } from "@/lib/http/route";
import { compatCheckDownloadQuerySchema, compatCheckProfileSchema } from "@/lib/validations/compat-check";

export const dynamic = "force-dynamic";

/** GET /api/v1/assessments/{id}/compat-check.sh — the check script for the assessment's target. */
export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { format, version } = readQuery(request, compatCheckDownloadQuerySchema);
  const { requester } = await requesterFrom(request);
  const access = await readableAssessment((await params).id, requester);
  const limit = await consumeRateLimit(db, "script-download", request);
  const { answers, result } = await getSubmittedAssessment(db, access.assessmentId, version);
  await logAccess(db, access, requester, "download", format === "tar.gz" ? "检查脚本离线包" : "检查脚本");
  const profile = compatCheckProfileSchema.parse(compatProfileForAssessment(answers, result));
  return compatCheckResponse(profile, format, limit);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
