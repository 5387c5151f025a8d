/**
 * The PDF report of a submitted assessment version: served from the stored renders when it was
 * rendered before (normally right after its submission), typeset and stored otherwise.
 */
import "server-only";
import { after } from "next/server";
import { getEnterprises } from "@/lib/data/survey";
import { reportStore } from "@/lib/data/reports";
import { loadSubmittedAssessment, type SubmittedAssessment } from "@/lib/http/submitted-assessment";
import { logger } from "@/lib/logger";
import { contentDisposition, servedReport, type ReportInput } from "@/lib/report";
import { buildReportInput } from "@/lib/report/assessment-input";

async function reportInput({ view, answers, result }: SubmittedAssessment): Promise<ReportInput> {
  const evaluatedAt = new Date(view.current.submittedAt ?? view.current.updatedAt);
  return buildReportInput(
    { id: view.id, version: view.current.version, systemName: view.systemName, evaluatedAt, answers, result },
    await getEnterprises(),
  );
}

/** `GET …/report.pdf`: 404 unknown id, 400 bad version, 409 draft (problem+json). */
export async function reportPdfResponse(id: string, url: URL): Promise<Response> {
  const input = await reportInput(await loadSubmittedAssessment(id, url));
  const { pdf, source, renderMs } = await servedReport(input, reportStore);
  return new Response(new Blob([new Uint8Array(pdf)]), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(input.systemName, input.evaluatedAt),
      "Cache-Control": "private, no-store",
      "Server-Timing": source === "stored" ? 'report;desc="stored"' : `report;desc="rendered";dur=${renderMs}`,
    },
  });
}

/**
 * Renders and stores the report of a version after the result page has been sent, so the download
 * a moment later is a lookup. Not at submission: the questionnaire opens the result page right
 * then, and on two cores a concurrent typesetting slowed that page from ~60 ms to ~700 ms. Needs
 * Next's request scope (`after`); where there is none (route handlers called directly, as the
 * database tests do) nothing is scheduled and the first download renders instead.
 */
export function prerenderReportAfterResponse(id: string, version: number): void {
  const task = async () => {
    try {
      const submitted = await loadSubmittedAssessment(id, new URL(`http://localhost/?version=${version}`));
      const { source } = await servedReport(await reportInput(submitted), reportStore);
      if (source === "rendered") logger.debug({ assessmentId: id, version }, "report prerendered");
    } catch (error) {
      logger.warn({ err: error, assessmentId: id, version }, "report prerender failed");
    }
  };
  try {
    after(task);
  } catch {
    // outside a request scope: see above
  }
}
