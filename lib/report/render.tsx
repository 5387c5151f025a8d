/**
 * renderReportPdf: ReportInput → PDF bytes, on the server, with react-pdf (no browser).
 *
 * Deterministic: the document's creation and modification dates are `evaluatedAt`, and pdfkit
 * derives the trailer /ID from the info dictionary (an MD5, not random) and names font subsets
 * from their resource ids, so the same input gives the same bytes.
 */
import { createHash } from "node:crypto";
import { attachFiles } from "./attachment";
import { ReportDocument } from "./document";
import { singleLine } from "./format";
import { loadReportFont, registerReportFonts } from "./fonts";
import { SectionPages } from "./page-map";
import { loadReactPdf, type ReactPdf } from "./react-pdf";
import type { AttachedScript, ReportContext } from "./sections/context";
import type { ReportCheckScript, ReportInput } from "./types";

let fontLoaded: Promise<void> | null = null;

async function prepare(): Promise<ReactPdf> {
  const pdf = await loadReactPdf();
  registerReportFonts(pdf);
  fontLoaded ??= loadReportFont(pdf).catch((error: unknown) => {
    fontLoaded = null; // let the next request retry instead of failing forever
    throw error;
  });
  await fontLoaded;
  return pdf;
}

async function renderOnce(pdf: ReactPdf, ctx: ReportContext): Promise<Uint8Array> {
  const buffer = await pdf.renderToBuffer(<ReportDocument ctx={ctx} />);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function describeScript({ filename, script }: ReportCheckScript): AttachedScript {
  const bytes = Buffer.from(script, "utf8");
  return {
    filename,
    lines: script.split("\n").length - (script.endsWith("\n") ? 1 : 0),
    bytes: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

export async function renderReportPdf(input: ReportInput): Promise<Uint8Array> {
  const pdf = await prepare();
  const script = input.checkScript;
  const base = {
    input: { ...input, systemName: singleLine(input.systemName) },
    cardTitles: Object.fromEntries(input.result.knowledgeCards.map((k) => [k.card.id, k.card.title])),
    script: script ? describeScript(script) : null,
  };
  const pages = new SectionPages();
  let bytes = await renderOnce(pdf, { ...base, pages });
  if (!pages.consistent()) {
    // The contents page printed numbers before every heading was placed: render again with them fixed.
    bytes = await renderOnce(pdf, { ...base, pages: new SectionPages(new Map(pages.landed)) });
  }
  if (!script) return bytes;
  return attachFiles(bytes, [
    {
      filename: script.filename,
      content: script.script,
      mimeType: "text/x-shellscript",
      description: "兼容性检查脚本（在目标机上以 bash 运行）",
      date: input.evaluatedAt,
    },
  ]);
}

/** Page count of a PDF written by pdfkit (page objects are not compressed). */
export function countPdfPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return (text.match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}
