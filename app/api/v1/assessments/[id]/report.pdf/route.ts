import { logAccess } from "@/lib/data/access";
import { getReportPdf } from "@/lib/data/report-pdfs";
import { readableAssessment } from "@/lib/http/assessment-access";
import { requesterFrom } from "@/lib/http/requester";
import { db } from "@/lib/db";
import { attachment } from "@/lib/http/downloads";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { apiRoute, readQuery, methodNotAllowed } from "@/lib/http/route";
import { versionQuerySchema } from "@/lib/validations/version";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/assessments/{id}/report.pdf — the recommendation report of the latest submitted
 * version (or ?version=N): 404 unknown id or not readable by the requester (a read-only link's
 * visitor passes ?share=), 409 draft, 429 over the per-client limit, 503 when too many reports
 * wait to be typeset.
 */
export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { version } = readQuery(request, versionQuerySchema);
  const { requester } = await requesterFrom(request);
  const access = await readableAssessment((await params).id, requester);
  const limit = await consumeRateLimit(db, "report-download", request);
  const { pdf, filename, source, renderMs } = await getReportPdf(db, access.assessmentId, version);
  await logAccess(db, access, requester, "download", "PDF 报告");
  return attachment(pdf, filename, "application/pdf", {
    ...limit,
    "Server-Timing": source === "stored" ? 'report;desc="stored"' : `report;desc="rendered";dur=${renderMs}`,
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
