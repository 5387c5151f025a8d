/**
 * `npm run survey:import -- <file> [--sheet NAME] [--mapping NAME] [--dry-run] [--as EMAIL] [--max-size MB]`
 * Thin wrapper: the work is lib/survey-import/cli.ts (same preview + commit service as the app).
 * Uses DATABASE_URL like the app (default file:./.data/app.db).
 */
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { createPrismaClient } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { runImportCli } from "@/lib/survey-import/cli";

const ROOT = path.resolve(__dirname, "..");

/**
 * V8 lets a batch process's heap grow to several times its live size before a full collection:
 * a 100k-row import (≈200 MB live) peaked above 1 GB RSS. The CLI asks for a collection between
 * its large steps instead (the flag only exposes `gc`; it changes nothing else).
 */
function garbageCollector(): (() => void) | undefined {
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as unknown;
    return typeof gc === "function" ? () => (gc as () => void)() : undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  let databaseUrl: string;
  try {
    databaseUrl = parseEnv(process.env).DATABASE_URL;
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const pause = Number(process.env.SURVEY_IMPORT_TEST_PAUSE_BEFORE_COMMIT_MS ?? "0");
  return runImportCli(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    databaseUrl,
    root: ROOT,
    openDb: (url) => createPrismaClient(url, ROOT),
    pauseBeforeCommitMs: Number.isFinite(pause) && pause > 0 ? pause : undefined,
    collectGarbage: garbageCollector(),
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
