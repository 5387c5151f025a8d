/**
 * The PDF's module-readiness section: rendered when the assessment has a go.mod scan (findings,
 * sources, knowledge-base version, effects), absent otherwise; read back with pdftotext.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCH_REQUEST_FACTS } from "@/tests/support/evaluate-requests";
import { sampleScan } from "@/tests/support/gomod-scans";
import { sampleReportInput } from "@/tests/support/report-sample";
import { renderReportPdf } from "./render";

const dir = mkdtempSync(path.join(tmpdir(), "report-gomod-"));
const squeeze = (text: string) => text.replace(/\s+/g, "");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfText(name: string, withScan: boolean): Promise<string> {
  const request = withScan ? { ...BENCH_REQUEST_FACTS, gomodScan: sampleScan({ cpu: "phytium" }) } : BENCH_REQUEST_FACTS;
  const file = path.join(dir, name);
  writeFileSync(file, await renderReportPdf(sampleReportInput(process.cwd(), request)));
  return squeeze(execFileSync("/usr/bin/pdftotext", [file, "-"], { encoding: "utf8" }));
}

describe("PDF module-readiness section", () => {
  let text = "";
  let without = "";
  const scan = sampleScan({ cpu: "phytium" });
  beforeAll(async () => {
    [text, without] = await Promise.all([pdfText("with.pdf", true), pdfText("without.pdf", false)]);
  }, 120_000);

  it("prints the heading, the knowledge-base version and every finding with its verdict", () => {
    expect(text).toContain("模块就绪度（go.mod扫描）");
    expect(text).toContain(`知识库版本${scan.knowledgeVersion}`);
    for (const f of scan.findings) expect(text, f.path).toContain(squeeze(f.path));
    expect(text).toContain("需要cgo");
    expect(text).toContain("建议替换");
  });

  it("prints the sources of the findings and the effects", () => {
    // URLs wrap at hyphens in the table cells: check pieces that do not.
    expect(text).toContain("github.com/mattn/go");
    expect(text).toContain("sqlite3#installation");
    expect(text).toContain("CGO_ENABLED=1");
    expect(text).toContain(squeeze("github.com/emmansun/gmsm"));
    // The decision path's own step for the scan.
    expect(text).toContain("go.mod模块扫描");
  });

  it("is absent without a scan", () => {
    expect(without).not.toContain("模块就绪度");
    expect(without).not.toContain("go.mod模块扫描");
  });
});
