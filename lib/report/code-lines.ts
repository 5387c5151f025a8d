/**
 * Prepares script text for the appendix: tabs expanded, long lines wrapped to the column width,
 * each piece split into runs by font (Courier covers printable ASCII; everything else — Chinese
 * messages, box drawing — is drawn with the CJK font). Pure, so it is cheap and testable; the
 * code block only draws what this returns.
 */

export interface CodeRun {
  text: string;
  /** true: drawn in the CJK fallback font. */
  fallback: boolean;
}

export interface CodeLine {
  /** 1-based source line number; null on a continuation of a wrapped line. */
  number: number | null;
  runs: CodeRun[];
}

export const COURIER_ADVANCE_EM = 0.6;
const TAB_WIDTH = 4;

const isCourier = (cp: number) => cp >= 0x20 && cp <= 0x7e;

export type AdvanceOf = (codePoint: number) => number;

/** Tabs to spaces; other control characters (e.g. ESC of colour codes) as visible `\\xNN` escapes. */
function printable(line: string): string {
  let out = "";
  for (const char of line) {
    const cp = char.codePointAt(0) ?? 0;
    if (char === "\t") out += " ".repeat(TAB_WIDTH - (out.length % TAB_WIDTH));
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else out += char;
  }
  return out;
}

/** A space joins whichever run it follows: fewer font switches, and both fonts have one. */
function toRuns(chars: string[]): CodeRun[] {
  const runs: CodeRun[] = [];
  for (const char of chars) {
    const fallback = !isCourier(char.codePointAt(0) ?? 0);
    const last = runs[runs.length - 1];
    if (last && (last.fallback === fallback || char === " ")) last.text += char;
    else runs.push({ text: char, fallback });
  }
  return runs;
}

/** Splits one source line into pieces no wider than `maxEm`, preferring to break after a space. */
function wrapLine(chars: string[], maxEm: number, fallbackAdvance: AdvanceOf): string[][] {
  const pieces: string[][] = [];
  let start = 0;
  while (start < chars.length) {
    let width = 0;
    let end = start;
    let lastSpace = -1;
    while (end < chars.length) {
      const cp = (chars[end] as string).codePointAt(0) ?? 0;
      const advance = isCourier(cp) ? COURIER_ADVANCE_EM : fallbackAdvance(cp);
      if (width + advance > maxEm && end > start) break;
      width += advance;
      if (chars[end] === " ") lastSpace = end;
      end += 1;
    }
    // Break after the last space if it keeps at least half the line; else cut hard.
    if (end < chars.length && lastSpace > start + (end - start) / 2) end = lastSpace + 1;
    pieces.push(chars.slice(start, end));
    start = end;
  }
  return pieces.length > 0 ? pieces : [[]];
}

/**
 * @param maxEm   line width in em of the code font size
 * @param fallbackAdvance advance of a non-ASCII code point in the CJK font, in em
 */
export function layoutCode(source: string, maxEm: number, fallbackAdvance: AdvanceOf): CodeLine[] {
  const text = source.replace(/\r\n?/g, "\n").replace(/\n$/, "");
  const lines: CodeLine[] = [];
  text.split("\n").forEach((raw, index) => {
    const chars = Array.from(printable(raw));
    wrapLine(chars, maxEm, fallbackAdvance).forEach((piece, i) => {
      lines.push({ number: i === 0 ? index + 1 : null, runs: toRuns(piece) });
    });
  });
  return lines;
}
