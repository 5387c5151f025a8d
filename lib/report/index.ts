/**
 * PDF report of an assessment (server only): `servedReport` for the route handler and the result
 * page (a stored render, or one typeset and stored now), `contentDisposition` for the download
 * header, `renderReportPdf` to typeset directly, `benchReportPdf` for `npm run bench`.
 */
export { benchReportPdf, type ReportBenchResult } from "@/scripts/bench/report-render";
export { contentDisposition, reportFilename, type ReportFilename } from "./filename";
export { servedReport, type ReportStore, type ServedReport } from "./stored";
export { countPdfPages, renderReportPdf } from "./render";
export type { ReportCheckScript, ReportInput, ReportPeer } from "./types";
