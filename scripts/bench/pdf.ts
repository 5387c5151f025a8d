/** PDF report: p50 / p95 over 50 warm renders of the sample report, and its size and pages. */
import { benchReportPdf } from "@/lib/report";
import { fmt } from "./stats";

export async function benchPdf(): Promise<string[]> {
  const result = await benchReportPdf(50);
  return [
    `report.pdf render (50 warm runs): p50 ${fmt(result.p50Ms)} ms, p95 ${fmt(result.p95Ms)} ms, ${fmt(result.bytes / 1024)} KB, ${result.pages} pages (targets p50 ≤ 100 ms, ≤ 300 KB)`,
  ];
}
