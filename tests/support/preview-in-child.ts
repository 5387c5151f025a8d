/**
 * `node --import tsx tests/support/preview-in-child.ts FILE`: previews FILE against no stored
 * records, in this process alone, and prints one JSON line — the outcome's code, the time it took,
 * the process's peak RSS (all threads) and how far it rose above the RSS just before. The memory
 * test and `npm run bench -- import` run it in a child so that nothing else's allocations count.
 */
import { readFileSync } from "node:fs";
import { isAppError } from "@/lib/errors";
import { previewImport } from "@/lib/survey-files";

async function main(): Promise<void> {
  const bytes = new Uint8Array(readFileSync(process.argv[2]!));
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  let code = "ok";
  try {
    await previewImport(bytes, []);
  } catch (error) {
    code = isAppError(error) ? error.code : `crash: ${(error as Error).message}`;
  }
  const ms = performance.now() - started;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  console.log(JSON.stringify({ code, ms: Math.round(ms), peakRssMb: mb(peakRss), rssGrowthMb: mb(peakRss - rssBefore) }));
}

void main();
