/**
 * The full script in the appendix, drawn line by line on one react-pdf Canvas per page.
 *
 * Why not <Text>: a generated script is 1,000+ lines, and running it through react-pdf's
 * paragraph layout (shaping, Knuth–Plass, one font switch per run) took several hundred
 * milliseconds — more than the rest of the report. Code needs none of that: lines are wrapped
 * beforehand (code-lines.ts, monospace arithmetic) and cut into pages of a known number of lines,
 * each its own <Page> drawn with pdfkit's plain `text()` on one baseline. (Long wrapping <Page>s
 * are also what trips a react-pdf bug: past ~11 pages with a page-number footer, a box comes out
 * with a garbage coordinate and rendering throws.) Courier is a standard PDF font; Chinese and box drawing use the
 * embedded CJK font, so the text stays selectable and searchable.
 */
import type { CodeLine } from "./code-lines";
import { COURIER_ADVANCE_EM } from "./code-lines";
import { CODE_FONT } from "./fonts";
import { Canvas } from "./react-pdf";
import { CONTENT_WIDTH, INK, PAGE, TYPE } from "./theme";

const GUTTER_DIGITS = 4;
const GUTTER_GAP_EM = 2;
/** Height reserved above the code on each script page for its caption. */
export const CODE_CAPTION_HEIGHT = 18;

export const CODE_GUTTER_WIDTH = (GUTTER_DIGITS + GUTTER_GAP_EM) * COURIER_ADVANCE_EM * TYPE.code;
/** Usable code width, in em of the code font size. */
export const CODE_WIDTH_EM = (CONTENT_WIDTH - CODE_GUTTER_WIDTH - 8) / TYPE.code;
/** Lines that fit on one script page under the caption. */
export const CODE_LINES_PER_PAGE = Math.floor((PAGE.height - PAGE.marginTop - PAGE.marginBottom - CODE_CAPTION_HEIGHT - 2) / TYPE.codeLineHeight);

/** pdfkit's painter as react-pdf hands it to `paint` (chainable). */
interface Painter {
  font(src: unknown, size?: number): Painter;
  fillColor(color: string): Painter;
  text(text: string, x?: number | object, y?: number, options?: object): Painter;
  moveTo(x: number, y: number): Painter;
  lineTo(x: number, y: number): Painter;
  lineWidth(width: number): Painter;
  strokeColor(color: string): Painter;
  stroke(): Painter;
}

const TEXT_OPTIONS = { lineBreak: false, baseline: "alphabetic" } as const;
const BLANK_GUTTER = " ".repeat(GUTTER_DIGITS + GUTTER_GAP_EM);

/**
 * One pdfkit `text()` per font run, and the line number shares the first run: gutter and code
 * are both Courier, so padding the number keeps the columns exact. Most lines are one call.
 */
function paintLines(painter: Painter, lines: CodeLine[], fallbackFont: unknown): null {
  const size = TYPE.code;
  // Both fonts sit on one baseline (pdfkit's "alphabetic"), placed so the line box centres the text.
  const baselineOffset = (TYPE.codeLineHeight - size) / 2 + 0.8 * size;
  const ruleX = CODE_GUTTER_WIDTH - (GUTTER_GAP_EM / 2) * COURIER_ADVANCE_EM * size;
  painter.moveTo(ruleX, 0).lineTo(ruleX, lines.length * TYPE.codeLineHeight).lineWidth(0.4).strokeColor(INK.hairline).stroke();
  painter.fillColor(INK.text);
  lines.forEach((line, i) => {
    const baseline = i * TYPE.codeLineHeight + baselineOffset;
    const gutter = line.number === null ? BLANK_GUTTER : `${String(line.number).padStart(GUTTER_DIGITS, " ")}${" ".repeat(GUTTER_GAP_EM)}`;
    const [head, ...rest] = line.runs;
    painter.font(CODE_FONT, size);
    if (head && !head.fallback) {
      painter.text(gutter + head.text, 0, baseline, TEXT_OPTIONS);
    } else {
      painter.text(gutter, 0, baseline, TEXT_OPTIONS);
      if (head) rest.unshift(head);
    }
    // Later runs continue where pdfkit left the pen.
    for (const run of rest) {
      painter.font(run.fallback ? fallbackFont : CODE_FONT, size);
      painter.text(run.text, TEXT_OPTIONS);
    }
  });
  return null;
}

/** One page of script: a single Canvas, so the page needs no text layout and no pagination. */
export function CodePage({ lines, fallbackFont }: { lines: CodeLine[]; fallbackFont: unknown }) {
  return (
    <Canvas
      style={{ width: CONTENT_WIDTH, height: lines.length * TYPE.codeLineHeight }}
      paint={(painter: Painter) => paintLines(painter, lines, fallbackFont)}
    />
  );
}

export function splitIntoPages(lines: CodeLine[], perPage = CODE_LINES_PER_PAGE): CodeLine[][] {
  const pages: CodeLine[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  return pages;
}
