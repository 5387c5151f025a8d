/**
 * Previews a file in a fresh Node process (tests/support/preview-in-child.ts, with tsx as the CLI
 * runs) and returns its report: how the preview ended, how long it took, and the process's peak
 * RSS and its growth during the preview. Shared by the memory test and `npm run bench -- import`.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

export interface ChildPreviewReport {
  /** "ok", or the AppError's code ("crash: …" for anything else). */
  code: string;
  ms: number;
  peakRssMb: number;
  rssGrowthMb: number;
}

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "tests", "support", "preview-in-child.ts");

export async function previewInChild(bytes: Uint8Array, fileName: string): Promise<ChildPreviewReport> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tj-go-child-preview-"));
  try {
    const file = path.join(dir, fileName);
    writeFileSync(file, bytes);
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", SCRIPT, file], { cwd: ROOT, timeout: 120_000 });
    return JSON.parse(stdout.trim().split("\n").pop()!) as ChildPreviewReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
