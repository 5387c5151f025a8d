/**
 * End to end: a real evaluation rendered to PDF, then read back with poppler (pdftotext,
 * pdffonts, pdfinfo) the way a reviewer's viewer would see it.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepSummary } from "@/lib/assessments/format";
import { BENCH_REQUEST_FACTORS } from "@/tests/support/evaluate-requests";
import { SECTIONS } from "./labels";
import { countPdfPages, renderReportPdf } from "./render";
import { SAMPLE_SYSTEM_NAME, sampleReportInput } from "@/tests/support/report-sample";
import type { ReportInput } from "./types";

const ROOT = process.cwd();
const dir = mkdtempSync(path.join(tmpdir(), "report-test-"));
const poppler = (tool: string, ...args: string[]) => execFileSync(`/usr/bin/${tool}`, args, { encoding: "utf8" });
/** pdftotext output with all whitespace removed, so wrapped or spaced text still matches. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

async function renderToFile(input: ReportInput, name: string) {
  const bytes = await renderReportPdf(input);
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return { bytes, file };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("full report of the seed's worked example (facts → 0.92 / 0.86 / 0.78)", () => {
  const input = sampleReportInput(ROOT);
  let bytes: Uint8Array;
  let file: string;
  let layoutText: string;
  let rawText: string;

  beforeAll(async () => {
    ({ bytes, file } = await renderToFile(input, "full.pdf"));
    layoutText = poppler("pdftotext", "-layout", file, "-");
    rawText = poppler("pdftotext", file, "-");
  });

  it("prints the system name, the recommendation, RTO/RPO and the score", () => {
    const text = squeeze(layoutText);
    const { result } = input;
    expect(text).toContain(squeeze(SAMPLE_SYSTEM_NAME));
    expect(text).toContain(squeeze(result.architecture.profile.name)); // 政务低代码后端
    expect(text).toContain(squeeze(result.combination.stack.name));
    expect(text).toContain("自动化裁剪流水线");
    expect(text).toContain("RTO≤2小时");
    expect(text).toContain("RPO≤5分钟");
    expect(text).toContain("半同步+WAL流式复制");
    expect(text).toContain("0.864");
  });

  it("names the same SM library as the result; tjfoc only as the legacy / packaged option", () => {
    const text = squeeze(rawText);
    const warning = input.result.warnings.find((w) => w.code === "SM_CRYPTO_MISSING");
    expect(warning?.message).toContain("github.com/emmansun/gmsm");
    // pdftotext drops a hyphen where a line breaks at it: compare without hyphens.
    const unhyphenated = (t: string) => t.replaceAll("-", "");
    expect(unhyphenated(text)).toContain(unhyphenated(squeeze(warning!.message)));
    expect(text).toContain("gotlcp");
    expect(text).not.toContain("已通过密评");
    expect(input.checkScript?.script).toMatch(/\bP_SM_LIB='emmansun'$/m);
    // The override command itself (GMSM_LIB=tjfoc) is not advice; every other mention must say legacy.
    expect(text).toContain("GMSM_LIB=tjfoc");
    const prose = text.replaceAll("GMSM_LIB=tjfoc", "GMSM_LIB=");
    expect(prose).toContain("tjfoc");
    for (const clause of prose.split(/[；。#]/).filter((c) => c.includes("tjfoc"))) {
      expect(clause, clause).toMatch(/遗留|发行版/);
    }
  });

  it("labels the bottleneck mitigation as this product's advice, apart from the seed's source", () => {
    const text = squeeze(rawText);
    const profile = input.result.architecture.profile;
    expect(text).toContain(squeeze(`瓶颈出处${profile.seedSection}`));
    expect(text).toContain("缓解（本产品建议）");
    expect(text).toContain("本产品的建议，不出自原文");
  });

  it("keeps the Chinese headings intact", () => {
    for (const heading of ["执行摘要", "作答输入", "决策路径", "得分构成", "阈值余量", "知识卡片", "兼容性检查脚本"]) {
      expect(layoutText).toContain(heading);
    }
    expect(layoutText).toMatch(/第 2 \/ \d+ 页/);
    expect(layoutText).not.toContain("\uFFFD");
  });

  it("prints the inputs as answered, the trace, the margins and the peers", () => {
    const text = squeeze(layoutText);
    expect(text).toContain("银河麒麟V10");
    expect(text).toContain("近半年交付3个Go服务");
    expect(text).toContain("内部HTTP接口×2");
    expect(text).toContain("步骤1");
    expect(text).toContain("《Golang天津技术栈选型决策树（2024京津冀版）》§4.1");
    expect(text).not.toMatch(/\bseed\b/i);
    expect(text).toContain("<0.70→暂缓裁剪");
    expect(text).toContain("和平区一网通办");
    expect(text).toContain("重建");
  });

  it("opens every decision-path step with the same one-line outcome as the result page, in the same order", () => {
    const text = squeeze(rawText);
    const values = { cardTitles: Object.fromEntries(input.result.knowledgeCards.map(({ card }) => [card.id, card.title])) };
    let from = 0;
    for (const step of input.result.trace) {
      const at = text.indexOf(squeeze(`结论：${stepSummary(step, values)}`), from);
      expect(at, step.node).toBeGreaterThan(from - 1);
      from = at + 1;
    }
  });

  it("attaches the check script byte for byte and prints its checksum", () => {
    const { filename, script } = input.checkScript ?? { filename: "", script: "" };
    expect(poppler("pdfdetach", "-list", file)).toMatch(new RegExp(`^1: ${filename.replace(/\./g, "\\.")}$`, "m"));
    const out = path.join(dir, "detached");
    mkdirSync(out);
    poppler("pdfdetach", "-saveall", "-o", out, file);
    const extracted = readFileSync(path.join(out, filename));
    expect(extracted.equals(Buffer.from(script, "utf8"))).toBe(true);
    const sha256 = createHash("sha256").update(extracted).digest("hex");
    expect(layoutText).toContain(sha256);
    expect(squeeze(layoutText)).toContain(squeeze(`${script.split("\n").length - 1} 行`));
  });

  it("embeds the CJK font as a subset", () => {
    const fonts = poppler("pdffonts", file);
    const noto = fonts.split("\n").find((line) => line.includes("NotoSansHans-Regular"));
    expect(noto).toBeDefined();
    expect(noto).toMatch(/^[A-Z]{6}\+NotoSansHans-Regular\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it("has the title metadata and enough pages", () => {
    const info = poppler("pdfinfo", file);
    expect(info).toMatch(new RegExp(`^Title:\\s+${SAMPLE_SYSTEM_NAME} 技术栈选型报告$`, "m"));
    expect(info).toMatch(/^Author:\s+天津 Go 技术栈选型决策平台$/m);
    expect(info).toMatch(/^CreationDate:\s+Fri Nov 20 06:30:00 2026 UTC$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(countPdfPages(bytes)).toBe(pages);
  });

  it("stays within the size budget", () => {
    expect(bytes.byteLength).toBeLessThanOrEqual(300 * 1024);
  });

  it("renders the same bytes twice", async () => {
    const again = await renderReportPdf(input);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("prints table-of-contents page numbers where the headings are", () => {
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(poppler("pdfinfo", file))?.[1]);
    const pageTexts = Array.from({ length: pages }, (_, i) => poppler("pdftotext", "-layout", "-f", `${i + 1}`, "-l", `${i + 1}`, file, "-"));
    const toc = pageTexts[1] ?? "";
    for (const section of SECTIONS) {
      const printed = new RegExp(`${section.number}\\s+${section.title}\\s+(\\d+)`).exec(toc)?.[1];
      expect(printed, section.title).toBeDefined();
      const heading = new RegExp(`^\\s*${section.number}\\s+${section.title}\\s*$`, "m");
      const actual = pageTexts.findIndex((text, i) => i > 1 && heading.test(text)) + 1;
      expect(Number(printed), section.title).toBe(actual);
    }
  });

  it("breaks Chinese lines without hyphens or leading closing punctuation", () => {
    expect(rawText).not.toMatch(/[\u4e00-\u9fff]-\n/u);
    expect(layoutText).not.toMatch(/[\u4e00-\u9fff]-\n/u);
    const lineStarts = layoutText.split("\n").map((line) => line.trim()[0]);
    for (const closing of "，。、；：？！）》」") expect(lineStarts).not.toContain(closing);
  });
});

describe("edge cases", () => {
  it("renders a manual-review case without script or peers, and a hostile system name", async () => {
    const base = sampleReportInput(ROOT, {
      ...BENCH_REQUEST_FACTORS,
      scenario: { ...BENCH_REQUEST_FACTORS.scenario, crossBorder: true },
      extraFeatures: { district: "binhai", procurementCycle: "Q3" },
    });
    const longParagraph = "跨境链路在高抖动条件下的尾部延迟，决定了结算接口的超时设置与重试策略。".repeat(12);
    const input: ReportInput = {
      ...base,
      systemName: `滨海"网关"/\r\n$(rm -rf /)`,
      peers: [],
      checkScript: undefined,
      result: { ...base.result, warnings: [...base.result.warnings, { code: "UNUSED_EXTRA_FEATURE", message: longParagraph }] },
    };
    const { file } = await renderToFile(input, "edge.pdf");
    const text = poppler("pdftotext", file, "-");
    const squeezed = squeeze(text);
    expect(squeezed).toContain("人工协同评审");
    expect(squeezed).toContain("本次评估尚未生成兼容性检查脚本");
    expect(poppler("pdfdetach", "-list", file)).toMatch(/^0 embedded files$/m);
    expect(squeezed).toContain("调研样本中没有与本系统同类的企业");
    expect(squeezed).toContain("gRPC-Web"); // cross-border knowledge card with its figures
    expect(squeezed).toContain("247");
    expect(squeezed).toContain(squeeze(longParagraph));
    expect(text).not.toMatch(/[\u4e00-\u9fff]-\n/u);
    expect(poppler("pdfinfo", file)).toMatch(/^Title:\s+滨海"网关"/m);
  });
});
