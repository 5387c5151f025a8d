/**
 * Stored go.mod scans for the engine, report and script tests (not a test file itself): the
 * hand-written 信创 sample (cgo SQLite driver, tjfoc/gmsm as a local copy, an old x/sys, go 1.18)
 * scanned for a target, in the compact form the answers keep.
 */
import { compactScan, scanGoModText, type ScanTarget } from "@/lib/gomod/scan";
import type { StoredGoModScan } from "@/lib/validations/evaluate";
import { fixture } from "@/tests/support/gomod";

export function storedScanOf(gomod: string, target: ScanTarget): StoredGoModScan {
  const outcome = scanGoModText({ gomod, target });
  if (!outcome.ok) throw new Error(`fixture does not parse: ${outcome.problems.map((p) => p.message).join("; ")}`);
  return compactScan(outcome.scan);
}

export const SAMPLE_GOMOD = fixture("xinchuang-sample.go.mod");

export const sampleScan = (target: ScanTarget = { cpu: "phytium" }) => storedScanOf(SAMPLE_GOMOD, target);
