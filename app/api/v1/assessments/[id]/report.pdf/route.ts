import { getEnterprises } from "@/lib/data/survey";
import { apiRoute } from "@/lib/http/route";
import { loadSubmittedAssessment } from "@/lib/http/submitted-assessment";
import { contentDisposition, renderReportPdfCached } from "@/lib/report";
import { buildReportInput } from "@/lib/report/assessment-input";

export const dynamic = "force-dynamic";

/** GET /api/v1/assessments/{id}/report.pdf — the recommendation report (404 unknown id, 409 draft). */
export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { view, answers, result } = await loadSubmittedAssessment((await params).id, new URL(request.url));
  const evaluatedAt = new Date(view.current.submittedAt ?? view.current.updatedAt);
  const input = buildReportInput(
    { id: view.id, version: view.current.version, systemName: view.systemName, evaluatedAt, answers, result },
    await getEnterprises(),
  );
  const pdf = await renderReportPdfCached(input);
  return new Response(new Blob([new Uint8Array(pdf)]), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(view.systemName, evaluatedAt),
      "Cache-Control": "private, no-store",
    },
  });
});
