/**
 * HTTP: POST /api/v1/evaluate beside GET /api/health, measured in the same run with autocannon
 * (50 connections, 10 s each, after a warm-up), and their ratio — the machine is shared and noisy,
 * so the ratio is the figure to compare across runs.
 */
import autocannon from "autocannon";
import { EVALUATE_EXAMPLE } from "@/lib/openapi/paths/decision";
import { fmt } from "./stats";

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function measure(url: string, options: Partial<autocannon.Options>, duration = 10): Promise<Measure> {
  const result = await autocannon({ url, connections: 50, duration, ...options });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

export async function benchHttp(baseUrl: string): Promise<string[]> {
  const evaluate = {
    method: "POST" as const,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(EVALUATE_EXAMPLE),
  };
  await measure(`${baseUrl}/api/health`, {}, 3);
  await measure(`${baseUrl}/api/v1/evaluate`, evaluate, 3);
  const health = await measure(`${baseUrl}/api/health`, {});
  const evaluation = await measure(`${baseUrl}/api/v1/evaluate`, evaluate);
  const line = (name: string, m: Measure) =>
    `${name}: ${fmt(m.rps, 0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms (errors ${m.errors}, non-2xx ${m.non2xx})`;
  return [
    line("GET /api/health      ", health),
    line("POST /api/v1/evaluate", evaluation),
    `ratio evaluate/health throughput: ${fmt(evaluation.rps / health.rps, 2)} (target ≥ 0.80); evaluate p99 ${evaluation.p99} ms (target ≤ 20 ms)`,
  ];
}
