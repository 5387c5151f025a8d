/**
 * renderReportPdf: ReportInput → PDF bytes, on the server, with react-pdf (no browser).
 *
 * Deterministic: the document's creation and modification dates are `evaluatedAt`, and pdfkit
 * derives the trailer /ID from the info dictionary (an MD5, not random) and names font subsets
 * from their resource ids, so the same input gives the same bytes.
 */
import { CODE_WIDTH_EM } from "./code-block";
import { layoutCode } from "./code-lines";
import { ReportDocument } from "./document";
import { singleLine } from "./format";
import { loadReportFont, registerReportFonts, type LoadedReportFont } from "./fonts";
import { SectionPages } from "./page-map";
import { loadReactPdf, type ReactPdf } from "./react-pdf";
import type { ReportContext } from "./sections/context";
import type { ReportInput } from "./types";

let font: Promise<LoadedReportFont> | null = null;

async function prepare(): Promise<{ pdf: ReactPdf; font: LoadedReportFont }> {
  const pdf = await loadReactPdf();
  registerReportFonts(pdf);
  font ??= loadReportFont(pdf).catch((error: unknown) => {
    font = null; // let the next request retry instead of failing forever
    throw error;
  });
  return { pdf, font: await font };
}

async function renderOnce(pdf: ReactPdf, ctx: ReportContext): Promise<Uint8Array> {
  const buffer = await pdf.renderToBuffer(<ReportDocument ctx={ctx} />);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export async function renderReportPdf(input: ReportInput): Promise<Uint8Array> {
  const { pdf, font: loaded } = await prepare();
  const script = input.checkScript?.script;
  const base = {
    input: { ...input, systemName: singleLine(input.systemName) },
    cardTitles: Object.fromEntries(input.result.knowledgeCards.map((k) => [k.card.id, k.card.title])),
    code: script === undefined ? null : { lines: layoutCode(script, CODE_WIDTH_EM, loaded.fallbackAdvance), fallbackFont: loaded.fallbackFont },
  };
  const pages = new SectionPages();
  const bytes = await renderOnce(pdf, { ...base, pages });
  if (pages.consistent()) return bytes;
  // The contents page printed numbers before every heading was placed: render again with them fixed.
  return renderOnce(pdf, { ...base, pages: new SectionPages(new Map(pages.landed)) });
}

/** Page count of a PDF written by pdfkit (page objects are not compressed). */
export function countPdfPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return (text.match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}
