import { compatCheckFormat, compatCheckResponse } from "@/lib/http/compat-check";
import { apiRoute } from "@/lib/http/route";
import { loadSubmittedAssessment } from "@/lib/http/submitted-assessment";
import { compatProfileForAssessment } from "@/lib/compat-check/assessment-profile";
import { compatCheckProfileSchema } from "@/lib/validations/compat-check";

export const dynamic = "force-dynamic";

/** GET /api/v1/assessments/{id}/compat-check.sh — the check script for the assessment's target. */
export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const url = new URL(request.url);
  const format = compatCheckFormat(url);
  const { answers, result } = await loadSubmittedAssessment((await params).id, url);
  const profile = compatCheckProfileSchema.parse(compatProfileForAssessment(answers, result));
  return compatCheckResponse(profile, format);
});
