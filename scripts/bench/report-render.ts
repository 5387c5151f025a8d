/**
 * Report rendering benchmark for `npm run bench`: the sample report (a real evaluation, survey
 * peers, a ~1,200-line script) rendered `iterations` times after warm-up. Targets: p50 ≤ 100 ms,
 * ≤ 300 KB.
 */
import { countPdfPages, renderReportPdf } from "@/lib/report/render";
import { sampleReportInput } from "@/tests/support/report-sample";
import { percentile } from "./stats";

export interface ReportBenchResult {
  p50Ms: number;
  p95Ms: number;
  bytes: number;
  pages: number;
}

const WARM_UP = 3;

export async function benchReportPdf(iterations = 50, root = process.cwd()): Promise<ReportBenchResult> {
  const input = sampleReportInput(root);
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < WARM_UP; i += 1) bytes = await renderReportPdf(input);
  const times: number[] = [];
  for (let i = 0; i < Math.max(1, iterations); i += 1) {
    const start = performance.now();
    bytes = await renderReportPdf(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), bytes: bytes.byteLength, pages: countPdfPages(bytes) };
}
