/**
 * PDF report of an assessment (server only): `servedReport` serves a stored render or typesets and
 * stores one, `reportFilename` names the download, `renderReportPdf` typesets directly.
 */
export { reportFilename, type ReportFilename } from "./filename";
export { servedReport, type ReportStore, type ServedReport } from "./stored";
export { countPdfPages, renderReportPdf } from "./render";
export type { ReportCheckScript, ReportInput, ReportPeer } from "./types";
