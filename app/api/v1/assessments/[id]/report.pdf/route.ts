import { getReportPdf } from "@/lib/data/report-pdfs";
import { db } from "@/lib/db";
import { attachment } from "@/lib/http/downloads";
import { apiRoute, readQuery } from "@/lib/http/route";
import { versionQuerySchema } from "@/lib/validations/version";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/assessments/{id}/report.pdf — the recommendation report of the latest submitted
 * version (or ?version=N): 404 unknown id, 409 draft.
 */
export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { version } = readQuery(request, versionQuerySchema);
  const { pdf, filename, source, renderMs } = await getReportPdf(db, (await params).id, version);
  return attachment(pdf, filename, "application/pdf", {
    "Server-Timing": source === "stored" ? 'report;desc="stored"' : `report;desc="rendered";dur=${renderMs}`,
  });
});
