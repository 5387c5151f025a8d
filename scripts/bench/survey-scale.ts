/**
 * Survey at scale: every page and API that reads the survey, on the production build with SQLite,
 * at 37 (shipped), 10,000 and 100,000 records. Records are added to the running server's database
 * with the survey revision bumped, exactly as an import commit does, so the server rebuilds what
 * it keeps per revision on the next request (a warm-up request per URL, not measured). Then the
 * median of 7 sequential requests per URL, its ratio to the 37-record median, and the payload.
 * Goals: within 2× of the 37-record median and ≤ 300 KB at 100,000 records.
 */
import { BINHAI_BANK_GATEWAY } from "@/lib/assessments/examples";
import { createPrismaClient } from "@/lib/db/client";
import { recordToRow } from "@/lib/db/enterprise-rows";
import { bumpSurveyRevision } from "@/lib/db/survey-revision";
import { generateRecords } from "@/tests/support/survey-records";
import { startServer } from "./server";
import { fmt, summarise } from "./stats";

const SIZES = [37, 10_000, 100_000] as const;
const RUNS = 7;
const INSERT_CHUNK = 2_000;

let client = 0;
/** The bench browser's anonymous key cookie: the assessment it creates is readable only with it. */
let cookie = "";
const asNewClient = () => ({ "x-forwarded-for": `10.8.${Math.floor(++client / 250) % 250}.${client % 250}`, ...(cookie ? { cookie } : {}) });

/** A pooled keep-alive connection the server closed while records were being added: try once more. */
async function fetchRetrying(url: string): Promise<Response> {
  try {
    return await fetch(url, { headers: asNewClient() });
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== "UND_ERR_SOCKET") throw error;
    return fetch(url, { headers: asNewClient() });
  }
}

async function get(url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetchRetrying(url);
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`GET ${url} → ${response.status}`);
  return { ms, bytes: body.byteLength };
}

async function submitAssessment(baseUrl: string): Promise<string> {
  const created = await fetch(`${baseUrl}/api/v1/assessments`, {
    method: "POST",
    headers: { "content-type": "application/json", ...asNewClient() },
    body: JSON.stringify({ ...BINHAI_BANK_GATEWAY, systemName: "规模基准", submit: true }),
  });
  if (created.status !== 201) throw new Error(`POST /api/v1/assessments → ${created.status}`);
  cookie = created.headers.get("set-cookie")?.split(";")[0] ?? cookie;
  return ((await created.json()) as { id: string }).id;
}

export async function benchSurveyScale(): Promise<string[]> {
  const server = await startServer(3192, "bench-survey-scale");
  const db = createPrismaClient(server.databaseUrl);
  try {
    const id = await submitAssessment(server.url);
    const targets: [string, string][] = [
      ["/", "/"],
      ["/insights", "/insights"],
      ["/insights/enterprises", "/insights/enterprises"],
      ["/architectures", "/architectures"],
      ["GET /api/v1/survey/summary", "/api/v1/survey/summary"],
      ["GET /api/v1/enterprises", "/api/v1/enterprises"],
      ["GET /api/v1/backtest", "/api/v1/backtest"],
      ["/assessments/{id}", `/assessments/${id}`],
      ["GET …/report.pdf (stored)", `/api/v1/assessments/${id}/report.pdf`],
    ];
    const baseline = new Map<string, number>();
    const lines = [`${RUNS} sequential requests per URL after one warm-up; median ms (ratio to 37 records), payload`];
    const header = `| page / API | ${SIZES.map((n) => `${n.toLocaleString("en-US")} records`).join(" | ")} |`;
    const rows = new Map<string, string[]>(targets.map(([name]) => [name, []]));
    const rebuilds: string[] = [];
    let stored = await db.enterprise.count();
    for (const size of SIZES) {
      if (size > stored) {
        const added = generateRecords(size - stored).map((record, i) => ({ ...record, code: `TJ-${100_000 + stored + i}` }));
        for (let i = 0; i < added.length; i += INSERT_CHUNK) {
          await db.enterprise.createMany({ data: added.slice(i, i + INSERT_CHUNK).map(recordToRow) });
        }
        await bumpSurveyRevision(db);
        stored = await db.enterprise.count();
        // The first request after the change rebuilds what the server keeps per survey revision
        // (an import's own route does this right after its commit).
        rebuilds.push(`${size.toLocaleString("en-US")} records: ${fmt((await get(`${server.url}/api/v1/survey/summary`)).ms, 0)} ms`);
      }
      for (const [name, path] of targets) {
        const url = `${server.url}${path}`;
        process.stderr.write(`  ${size} records: ${name}\n`);
        const warm = await get(url); // rebuilds what the server keeps per survey revision; the PDF re-renders if its peers changed
        const samples = [];
        for (let i = 0; i < RUNS; i += 1) samples.push((await get(url)).ms);
        const median = summarise(samples).p50;
        if (size === SIZES[0]) baseline.set(name, median);
        const ratio = median / baseline.get(name)!;
        rows.get(name)!.push(`${fmt(median, 0)} ms (${fmt(ratio, 2)}×), ${fmt(warm.bytes / 1024, 0)} KB`);
      }
    }
    lines.push(header, `|---|${SIZES.map(() => "---").join("|")}|`);
    for (const [name, cells] of rows) lines.push(`| ${name} | ${cells.join(" | ")} |`);
    lines.push(`first request after records were added (rebuilds the per-revision snapshot): ${rebuilds.join("; ")}`);
    return lines;
  } finally {
    await db.$disconnect();
    await server.stop();
  }
}
