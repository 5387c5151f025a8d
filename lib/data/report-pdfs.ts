/**
 * The PDF report of a submitted assessment version: served from the stored renders when it was
 * rendered before (normally right after its result page was first sent), typeset and stored
 * otherwise. Stored in the database, so every instance serves a report another one rendered.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import { getEnterprises } from "@/lib/data/survey";
import { reportStore } from "@/lib/data/reports";
import { getSubmittedAssessment, type SubmittedAssessment } from "@/lib/data/submitted-assessments";
import { logger } from "@/lib/logger";
import { reportFilename, servedReport, type ReportFilename, type ServedReport } from "@/lib/report";
import { buildReportInput } from "@/lib/report/assessment-input";

export interface ReportPdf extends ServedReport {
  filename: ReportFilename;
}

async function serve(db: Db, { view, answers, result, evaluatedAt }: SubmittedAssessment): Promise<ReportPdf> {
  const input = buildReportInput(
    { id: view.id, version: view.current.version, systemName: view.systemName, evaluatedAt, answers, result },
    await getEnterprises(db),
  );
  const served = await servedReport(input, reportStore(db));
  return { ...served, filename: reportFilename(input.systemName, input.evaluatedAt) };
}

/** The report of version `version` (default: the latest submitted): 404 unknown, 409 draft. */
export async function getReportPdf(db: Db, id: string, version?: number): Promise<ReportPdf> {
  return serve(db, await getSubmittedAssessment(db, id, version));
}

/**
 * Renders and stores the report of a version so the download a moment later is a lookup. The
 * result page calls it after it has been sent (`after()`), not at submission: the questionnaire
 * opens the result page right then, and on two cores a concurrent typesetting slowed that page
 * from ~60 ms to ~700 ms. A failure only means the first download renders instead.
 */
export async function prerenderReport(db: Db, id: string, version: number): Promise<void> {
  try {
    const { source } = await getReportPdf(db, id, version);
    if (source === "rendered") logger.debug({ assessmentId: id, version }, "report prerendered");
  } catch (error) {
    logger.warn({ err: error, assessmentId: id, version }, "report prerender failed");
  }
}
