/**
 * Bounds shared by the go.mod, go.sum and vendor/modules.txt readers. The text is pasted by an
 * architect or uploaded, so it is untrusted: every reader checks these first and then does work
 * linear in the input, so a hostile paste cannot stall a request.
 */
import type { GoModProblem } from "./types";
import { MSG } from "./messages.zh";

/** 1 MiB: far above any real go.mod (the Kubernetes one is about 13 KB) or go.sum. */
export const MAX_INPUT_BYTES = 1024 * 1024;
export const MAX_INPUT_LINES = 20_000;
/** Past this many problems the list stops growing and ends with one summary line. */
export const MAX_PROBLEMS = 200;

/** UTF-8 length, stopping as soon as the limit is passed. */
function utf8LengthOver(text: string, limit: number): boolean {
  // Every UTF-16 unit is at least one UTF-8 byte, so a long string is over without counting.
  if (text.length > limit) return true;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

/** Number of lines, stopping as soon as the limit is passed; a final newline opens no new line. */
function lineCountOver(text: string, limit: number): boolean {
  let lines = text.length === 0 ? 0 : 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (i < text.length - 1) lines++;
    if (lines > limit) return true;
  }
  return lines > limit;
}

/** A problem (line 0: the whole input) when the text is too large to read, else null. */
export function checkInputBounds(text: string, what: string): GoModProblem | null {
  if (typeof text !== "string") return { line: 0, message: MSG.notText(what) };
  if (utf8LengthOver(text, MAX_INPUT_BYTES)) return { line: 0, message: MSG.tooLarge(what, MAX_INPUT_BYTES) };
  if (lineCountOver(text, MAX_INPUT_LINES)) return { line: 0, message: MSG.tooManyLines(what, MAX_INPUT_LINES) };
  return null;
}

/**
 * Drops a leading byte-order mark. The go command itself rejects one, but Windows editors add it
 * and it carries no meaning, so a scanner reading pasted text should not fail on it.
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Lines without their terminator; CRLF and LF both end a line. */
export function splitLines(text: string): string[] {
  return stripBom(text)
    .split("\n")
    .map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}

/** Collects problems up to MAX_PROBLEMS, then one line saying how many more there were. */
export class ProblemList {
  private readonly items: GoModProblem[] = [];
  private dropped = 0;

  add(line: number, message: string): void {
    if (this.items.length < MAX_PROBLEMS) this.items.push({ line, message: MSG.atLine(line, message) });
    else this.dropped++;
  }

  get size(): number {
    return this.items.length + this.dropped;
  }

  list(): GoModProblem[] {
    const out = [...this.items].sort((a, b) => a.line - b.line);
    if (this.dropped > 0) out.push({ line: 0, message: MSG.moreProblems(this.dropped) });
    return out;
  }
}
