/**
 * `npm run bench`: benchmarks recorded in the README ("Performance"). Builds the app first when
 * needed. Sections: decision engine in-process, HTTP (evaluate vs health), and the sections that
 * later features add. Run on a quiet machine; compare ratios and medians within one run.
 *   npm run bench                # everything
 *   npm run bench -- decision    # one or more sections by name
 *   npm run bench -- survey-scale  # pages and APIs at 37 / 10,000 / 100,000 records
 */
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { benchDecision } from "./decision";
import { benchHttp } from "./http";
import { benchPdfDownload, benchPdfRender } from "./pdf";
import { benchImport } from "./import";
import { startServer } from "./server";
import { benchSurveyScale } from "./survey-scale";

const ROOT = path.resolve(__dirname, "..", "..");

function ensureBuild(): void {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    execSync("npx --no-install next build", { cwd: ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  }
}

/** Benchmarks that start their own server on the production build. */
async function withBuild(bench: () => Promise<string[]>): Promise<string[]> {
  ensureBuild();
  return bench();
}

/** Runs `bench` against the production build on a fresh seeded database, building first if needed. */
async function withServer(bench: (url: string) => Promise<string[]>): Promise<string[]> {
  ensureBuild();
  const server = await startServer();
  try {
    return await bench(server.url);
  } finally {
    await server.stop();
  }
}

const sections: Record<string, () => Promise<string[]>> = {
  decision: async () => benchDecision(),
  import: async () => benchImport(),
  pdf: async () => [...(await benchPdfRender()), ...(await withServer(benchPdfDownload))],
  http: async () => withServer(benchHttp),
  "survey-scale": async () => withBuild(benchSurveyScale),
};

async function main() {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
  const names = wanted.length ? wanted : Object.keys(sections);
  console.log(`# npm run bench — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} CPUs`);
  for (const name of names) {
    const run = sections[name];
    if (!run) throw new Error(`未知的基准：${name}（可选：${Object.keys(sections).join(", ")}）`);
    console.log(`\n## ${name}`);
    for (const line of await run()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
