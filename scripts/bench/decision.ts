/** Decision engine: in-process evaluations per second (median of 5 runs, after warm-up). */
import path from "node:path";
import { BENCH_REQUEST_FACTORS, BENCH_REQUEST_FACTS } from "@/tests/support/evaluate-requests";
import { benchEvaluate } from "./evaluate-loop";
import { loadReferenceData } from "@/lib/db/shipped-data";
import { fmt, summarise } from "./stats";

const ROOT = path.resolve(__dirname, "..", "..");

export function benchDecision(): string[] {
  const reference = loadReferenceData(ROOT);
  const lines: string[] = [];
  for (const [name, request] of [["factors", BENCH_REQUEST_FACTORS], ["facts", BENCH_REQUEST_FACTS]] as const) {
    benchEvaluate(reference, 50_000, request); // warm-up (JIT)
    const runs = Array.from({ length: 5 }, () => benchEvaluate(reference, 200_000, request).perSecond);
    const { p50 } = summarise(runs);
    lines.push(`evaluate (in-process, ${name}): median ${fmt(p50, 0)} evaluations/s over 5 × 200k (target ≥ 500,000)`);
  }
  return lines;
}
