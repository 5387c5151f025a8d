/**
 * Survey import: preview and commit of 10k rows on a temporary SQLite database (median of 3, each
 * on a fresh database), the peak RSS of a 100k-row preview + commit through the CLI in a child
 * process (`/usr/bin/time -v`), and the refusal of zip bombs by a process of their own (time to the
 * 4xx, peak RSS). Targets: preview ≤ 2 s, commit ≤ 3 s, 100k rows < 512 MB, bombs refused within
 * seconds and < 200 MB of growth.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrations";
import { seedDatabase } from "@/lib/db/seed";
import { loadShippedData } from "@/lib/db/shipped-data";
import { exportCsv, exportXlsx } from "@/lib/survey-files";
import { previewInChild, type ChildPreviewReport } from "@/tests/support/child-preview";
import { generateRecords } from "@/tests/support/survey-records";
import { lyingZipBomb, zipBomb } from "@/tests/support/xlsx-files";
import { commitImport, previewUpload } from "@/lib/survey-import";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import { fmt, summarise } from "./stats";

const ROOT = path.resolve(__dirname, "..", "..");
const ADMIN_ID = "bench-admin";

/** `count` valid records with codes TJ-00001 … (the pattern allows up to 6 digits). */
function benchRecords(count: number): EnterpriseRecord[] {
  return generateRecords(count).map((record, index) => ({ ...record, code: `TJ-${String(index + 1).padStart(5, "0")}` }));
}

async function withTempDatabase<T>(work: (db: Db, url: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tj-go-bench-import-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  await migrate(url, ROOT);
  const db = createPrismaClient(url, ROOT);
  try {
    await seedDatabase(db, loadShippedData(ROOT));
    await db.user.create({ data: { id: ADMIN_ID, email: "bench@example.com", name: "bench", role: "admin", passwordHash: "-" } });
    return await work(db, url);
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

interface Run {
  preview: number;
  commit: number;
  previewUpdate: number;
  commitUpdate: number;
}

async function run10k(created: Uint8Array, updated: Uint8Array): Promise<Run> {
  return withTempDatabase(async (db) => {
    const [upload, preview] = await timed(() => previewUpload(db, { bytes: created, fileName: "bench-10k.csv" }));
    const [, commit] = await timed(() => commitImport(db, { upload, actorId: ADMIN_ID, expectedFingerprint: upload.fingerprint }));
    const [second, previewUpdate] = await timed(() => previewUpload(db, { bytes: updated, fileName: "bench-10k-updated.csv" }));
    if (second.preview.plan.counts.update !== 10_000) throw new Error("bench: expected 10k updates");
    const [, commitUpdate] = await timed(() => commitImport(db, { upload: second, actorId: ADMIN_ID, expectedFingerprint: second.fingerprint }));
    return { preview, commit, previewUpdate, commitUpdate };
  });
}

/** Preview + commit of 100k rows by the CLI in a child process; its peak RSS from /usr/bin/time -v. */
async function peakRss100k(): Promise<string> {
  if (!existsSync("/usr/bin/time")) return "100k rows: /usr/bin/time not found, peak RSS not measured";
  return withTempDatabase(async (_db, url) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tj-go-bench-100k-"));
    try {
      const file = path.join(dir, "bench-100k.csv");
      const bytes = exportCsv(benchRecords(100_000));
      writeFileSync(file, bytes);
      const started = performance.now();
      const cli = [process.execPath, "--import", "tsx", path.join(ROOT, "scripts", "survey-import.ts"), file, "--max-size", "200"];
      const child = spawnSync("/usr/bin/time", ["-v", ...cli], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
      const seconds = (performance.now() - started) / 1000;
      if (child.status !== 0) throw new Error(`100k import failed (exit ${child.status}): ${child.stderr}`);
      const mb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1]) / 1024;
      const size = fmt(bytes.byteLength / 1024 / 1024);
      return `100k rows (${size} MB CSV), preview + commit via the CLI in a child process: peak RSS ${fmt(mb, 0)} MB, ${fmt(seconds)} s wall (target < 512 MB) ${mb < 512 ? "✓" : "✗"}`;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** The bombs, and a real 10k-row workbook for contrast, each previewed by a child process alone. */
async function bombRefusals(records: EnterpriseRecord[]): Promise<string[]> {
  const cases: [string, Uint8Array][] = [
    ["zip bomb, sheet declared 500 MB", await zipBomb()],
    ["zip bomb, sheet claims 2 MB, inflates to 500 MB", await lyingZipBomb()],
    ["10k-row export as XLSX (accepted)", await exportXlsx(records)],
  ];
  const line = ([label, bytes]: [string, Uint8Array], report: ChildPreviewReport) =>
    `  ${label} (${fmt(bytes.byteLength / 1024 / 1024)} MB): ${report.code} after ${report.ms} ms; peak RSS ${report.peakRssMb} MB, +${report.rssGrowthMb} MB during the preview`;
  const lines = ["XLSX in a process of its own (node + tsx, as the CLI; the server does the same work):"];
  for (const item of cases) lines.push(line(item, await previewInChild(item[1], "bench.xlsx")));
  return lines;
}

export async function benchImport(): Promise<string[]> {
  const records = benchRecords(10_000);
  const created = exportCsv(records);
  const updated = exportCsv(records.map((record) => ({ ...record, label: `${record.label}（更新）`, teamSize: (record.teamSize ?? 0) + 1 })));
  await run10k(created, updated); // warm-up (JIT, module loading)
  const runs: Run[] = [];
  for (let index = 0; index < 3; index++) runs.push(await run10k(created, updated));
  const median = (key: keyof Run) => summarise(runs.map((run) => run[key])).p50 / 1000;
  const check = (seconds: number, target: number) => `${fmt(seconds, 2)} s (target ≤ ${target} s) ${seconds <= target ? "✓" : "✗"}`;
  const size = fmt(created.byteLength / 1024 / 1024);
  return [
    `10k rows (${size} MB CSV), SQLite, median of 3 fresh databases:`,
    `  preview (parse + map + validate + plan against 37 stored): ${check(median("preview"), 2)}`,
    `  commit, 10k new records (one transaction, with audit rows): ${check(median("commit"), 3)}`,
    `  preview against the 10k stored records, all changed: ${check(median("previewUpdate"), 2)}`,
    `  commit, 10k updated records (before/after audit): ${check(median("commitUpdate"), 3)}`,
    await peakRss100k(),
    ...(await bombRefusals(records)),
  ];
}
