import { apiRoute } from "@/lib/http/route";
import { reportPdfResponse } from "@/lib/http/report";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/assessments/{id}/report.pdf — the recommendation report of the latest submitted
 * version (or ?version=N): 404 unknown id, 409 draft.
 */
export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) =>
  reportPdfResponse((await params).id, new URL(request.url)),
);
