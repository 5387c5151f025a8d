/**
 * PDF report: typesetting in process (p50 / p95 over 50 warm renders of the sample report, its
 * size and pages), and what an architect waits for over HTTP: the result page right after
 * submitting (the report is typeset only once that page has been sent), the download two seconds
 * later, 50 more downloads of the stored report, and how long a health check waits while ten new
 * reports are typeset at once (one at a time per instance, lib/data/report-pdfs.ts).
 */
import { BINHAI_BANK_GATEWAY } from "@/lib/assessments/examples";
import { benchReportPdf } from "./report-render";
import { fmt, summarise } from "./stats";

const DOWNLOADS = 50;
const CONCURRENT_RENDERS = 10;

/** A distinct client per request (the bench server trusts one proxy hop), past the per-client limits. */
let client = 0;
/** The bench browser's anonymous key cookie: its assessments are readable only with it. */
let cookie = "";
const asNewClient = () => ({ "x-forwarded-for": `10.9.${Math.floor(++client / 250)}.${client % 250}`, ...(cookie ? { cookie } : {}) });

async function timedGet(url: string): Promise<{ ms: number; source: string; bytes: number }> {
  const start = performance.now();
  const response = await fetch(url, { headers: asNewClient() });
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

async function submitAssessment(baseUrl: string): Promise<string> {
  const created = await fetch(`${baseUrl}/api/v1/assessments`, {
    method: "POST",
    headers: { "content-type": "application/json", ...asNewClient() },
    body: JSON.stringify({ ...BINHAI_BANK_GATEWAY, systemName: `基准报告 ${Date.now()}`, submit: true }),
  });
  if (created.status !== 201) throw new Error(`POST /api/v1/assessments → ${created.status}`);
  cookie = created.headers.get("set-cookie")?.split(";")[0] ?? cookie;
  return ((await created.json()) as { id: string }).id;
}

export async function benchPdfDownload(baseUrl: string): Promise<string[]> {
  // Warm-up: a fresh server loads react-pdf and the font on its first report (~1–2 s).
  const warm = await submitAssessment(baseUrl);
  await timedGet(`${baseUrl}/assessments/${warm}`);
  await timedGet(`${baseUrl}/api/v1/assessments/${warm}/report.pdf`);

  const id = await submitAssessment(baseUrl);
  const resultPage = await timedGet(`${baseUrl}/assessments/${id}`);
  await new Promise((resolve) => setTimeout(resolve, 2000)); // the architect reads the result
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
  const health = await healthDuringRenders(baseUrl);
  return [
    `GET result page right after submitting: ${fmt(resultPage.ms)} ms`,
    `GET report.pdf 2 s after viewing the result: ${fmt(first.ms)} ms (${first.source})`,
    `GET report.pdf, stored (${DOWNLOADS} sequential downloads): p50 ${fmt(p50)} ms, p95 ${fmt(p95)} ms, ${fmt(last.bytes / 1024)} KB (target p50 ≤ 100 ms)`,
    `GET /api/health while ${CONCURRENT_RENDERS} new reports are typeset at once: p50 ${fmt(health.p50)} ms, max ${fmt(health.max)} ms over ${health.n} checks; all ${CONCURRENT_RENDERS} downloads in ${fmt(health.totalMs)} ms`,
  ];
}

async function healthDuringRenders(baseUrl: string) {
  const ids: string[] = [];
  for (let i = 0; i < CONCURRENT_RENDERS; i += 1) ids.push(await submitAssessment(baseUrl));
  const start = performance.now();
  let rendering = true;
  const times: number[] = [];
  const probe = (async () => {
    while (rendering) {
      times.push((await timedGet(`${baseUrl}/api/health`)).ms);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await Promise.all(ids.map((id) => timedGet(`${baseUrl}/api/v1/assessments/${id}/report.pdf`)));
  const totalMs = performance.now() - start;
  rendering = false;
  await probe;
  const { p50 } = summarise(times);
  return { p50, max: Math.max(...times), n: times.length, totalMs };
}
