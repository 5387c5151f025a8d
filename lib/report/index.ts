/**
 * PDF report of an assessment (server only): `renderReportPdf` for the route handler,
 * `contentDisposition` for its download header, `benchReportPdf` for `npm run bench`.
 */
export { benchReportPdf, type ReportBenchResult } from "./bench";
export { contentDisposition, reportFilename, type ReportFilename } from "./filename";
export { formatDuration } from "./format";
export { reportKey, servedReport, type ReportStore, type ServedReport } from "./stored";
export { countPdfPages, renderReportPdf } from "./render";
export type { ReportCheckScript, ReportInput, ReportPeer } from "./types";
