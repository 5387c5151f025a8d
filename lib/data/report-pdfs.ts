/**
 * The PDF report of a submitted assessment version: served from the stored renders when it was
 * rendered before (normally right after its result page was first sent), typeset and stored
 * otherwise. Stored in the database, so every instance serves a report another one rendered.
 */
import "server-only";
import pLimit from "p-limit";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findPeers } from "@/lib/data/peers";
import { reportStore } from "@/lib/data/reports";
import { getSubmittedAssessment, type SubmittedAssessment } from "@/lib/data/submitted-assessments";
import { logger } from "@/lib/logger";
import { renderReportPdf, reportFilename, servedReport, type ReportFilename, type ReportInput, type ServedReport } from "@/lib/report";
import { buildReportInput, peerQueryOf } from "@/lib/report/assessment-input";

export interface ReportPdf extends ServedReport {
  filename: ReportFilename;
}

/**
 * Typesetting takes ~0.5 s of CPU. One at a time per instance, so that health checks and pages
 * keep being answered on two cores while anonymous visitors ask for many new reports; a queue
 * longer than this is answered 503 rather than growing without bound.
 */
export const RENDER_CONCURRENCY = 1;
export const RENDER_QUEUE_LIMIT = 20;
const renderQueue = pLimit(RENDER_CONCURRENCY);

function queuedRender(input: ReportInput): Promise<Uint8Array> {
  if (renderQueue.pendingCount >= RENDER_QUEUE_LIMIT) {
    throw new AppError({
      status: 503,
      code: "render-queue-full",
      title: "报告生成繁忙",
      detail: "正在生成的报告过多，请稍后再下载",
      headers: { "Retry-After": "10" },
    });
  }
  // Start each render from a fresh event-loop turn: the queue hands over in a microtask, and
  // back-to-back renders would otherwise run before the health checks and pages waiting on I/O.
  return renderQueue(async () => {
    await new Promise((resolve) => setImmediate(resolve));
    return renderReportPdf(input);
  });
}

async function serve(db: Db, { view, answers, result, evaluatedAt }: SubmittedAssessment): Promise<ReportPdf> {
  const source = { id: view.id, version: view.current.version, systemName: view.systemName, evaluatedAt, answers, result };
  const input = buildReportInput(source, await findPeers(db, peerQueryOf(source)));
  const served = await servedReport(input, reportStore(db), queuedRender);
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
