/**
 * PDF report: typesetting in process (p50 / p95 over 50 warm renders of the sample report, its
 * size and pages), and what an architect waits for over HTTP — the first download of a report
 * nothing had stored yet, and 50 downloads of the stored report.
 */
import { BINHAI_BANK_GATEWAY } from "@/lib/assessments/fixtures/answers";
import { benchReportPdf } from "@/lib/report";
import { fmt, summarise } from "./stats";

const DOWNLOADS = 50;

async function timedGet(url: string): Promise<{ ms: number; source: string; bytes: number }> {
  const start = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`GET ${url} → ${response.status}`);
  return { ms, source: response.headers.get("server-timing") ?? "", bytes: body.byteLength };
}

export async function benchPdfRender(): Promise<string[]> {
  const result = await benchReportPdf(50);
  return [
    `report.pdf typesetting, in process (50 warm runs): p50 ${fmt(result.p50Ms)} ms, p95 ${fmt(result.p95Ms)} ms, ${fmt(result.bytes / 1024)} KB, ${result.pages} pages (≤ 300 KB)`,
  ];
}

export async function benchPdfDownload(baseUrl: string): Promise<string[]> {
  // Submitted with a system name of its own, and downloaded at once: the first GET usually races
  // the render the submission scheduled, so it is reported as what it was (stored or rendered).
  const created = await fetch(`${baseUrl}/api/v1/assessments`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...BINHAI_BANK_GATEWAY, systemName: `基准报告 ${Date.now()}`, submit: true }),
  });
  if (created.status !== 201) throw new Error(`POST /api/v1/assessments → ${created.status}`);
  const { id } = (await created.json()) as { id: string };
  const url = `${baseUrl}/api/v1/assessments/${id}/report.pdf`;
  const first = await timedGet(url);
  const times: number[] = [];
  let last = first;
  for (let i = 0; i < DOWNLOADS; i += 1) {
    last = await timedGet(url);
    if (!last.source.includes("stored")) throw new Error(`expected a stored report, got ${last.source}`);
    times.push(last.ms);
  }
  const { p50, p95 } = summarise(times);
  return [
    `GET report.pdf right after submitting: ${fmt(first.ms)} ms (${first.source})`,
    `GET report.pdf, stored (${DOWNLOADS} sequential downloads): p50 ${fmt(p50)} ms, p95 ${fmt(p95)} ms, ${fmt(last.bytes / 1024)} KB (target p50 ≤ 100 ms)`,
  ];
}
