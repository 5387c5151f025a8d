/**
 * The go.mod lexer, following the go command's token rules: spaces, tabs and CR separate tokens;
 * `//` runs to the end of the line; ( ) [ ] { } , are punctuation; "…" and `…` are strings that
 * may not cross a line; anything else printable is part of an identifier. Unlike the go command
 * it does not stop at the first error: it reports the problem, marks the rest of that line bad
 * and carries on, so the architect sees every broken line at once.
 */
import type { ProblemList } from "./limits";
import { MSG } from "./messages.zh";

export type TokenKind = "ident" | "string" | "punct" | "eol" | "comment" | "eolcomment" | "bad" | "eof";

export interface Token {
  kind: TokenKind;
  /** The raw text (a string keeps its quotes; a comment keeps its //). */
  text: string;
  line: number;
}

const PUNCT = "()[]{},";
// Go's unicode.IsPrint minus spaces: letters, marks, numbers, punctuation, symbols.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

function isIdentChar(ch: string): boolean {
  return !PUNCT.includes(ch) && PRINTABLE.test(ch);
}

export function lex(text: string, problems: ProblemList): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  // Whether the current line already has a token (then a // comment is a suffix comment).
  let lineHasToken = false;
  const push = (kind: TokenKind, t: string) => {
    tokens.push({ kind, text: t, line });
    lineHasToken = true;
  };
  /** Reports a problem and skips to the end of the line, leaving one "bad" token behind. */
  const fail = (message: string, at: number) => {
    problems.add(at, message);
    const nl = text.indexOf("\n", i);
    i = nl === -1 ? n : nl;
    push("bad", "");
  };

  while (i < n) {
    const c = text.charAt(i);
    if (c === " " || c === "\t" || c === "\r") {
      i++;
      continue;
    }
    if (c === "\n") {
      tokens.push({ kind: "eol", text: "\n", line });
      line++;
      i++;
      lineHasToken = false;
      continue;
    }
    if (c === "/" && text.charAt(i + 1) === "/") {
      const nl = text.indexOf("\n", i);
      const end = nl === -1 ? n : nl;
      const body = text.slice(i, end).replace(/\r$/, "");
      // A comment consumes its newline, as in the go command: it ends the line by itself.
      tokens.push({ kind: lineHasToken ? "eolcomment" : "comment", text: body, line });
      i = end === n ? n : end + 1;
      if (end !== n) line++;
      lineHasToken = false;
      continue;
    }
    if (c === "/" && text.charAt(i + 1) === "*") {
      fail(MSG.blockComment(), line);
      continue;
    }
    if (PUNCT.includes(c)) {
      push("punct", c);
      i++;
      continue;
    }
    if (c === '"' || c === "`") {
      let j = i + 1;
      let closed = false;
      while (j < n && text.charAt(j) !== "\n") {
        if (text.charAt(j) === c) {
          closed = true;
          break;
        }
        if (text.charAt(j) === "\\" && c === '"') {
          // An escaped newline would carry the string onto the next line, which is not allowed.
          if (j + 1 >= n || text.charAt(j + 1) === "\n") break;
          j++;
        }
        j++;
      }
      if (!closed || j >= n) {
        fail(MSG.unterminatedString(c), line);
        continue;
      }
      push("string", text.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (!isIdentChar(ch)) {
      fail(MSG.badChar(cp), line);
      continue;
    }
    let j = i;
    let broken = false;
    while (j < n) {
      const cpj = text.codePointAt(j) ?? 0;
      const chj = String.fromCodePoint(cpj);
      if (!isIdentChar(chj)) break;
      if (chj === "/" && text.charAt(j + 1) === "/") break;
      if (chj === "/" && text.charAt(j + 1) === "*") {
        broken = true;
        break;
      }
      j += chj.length;
    }
    if (broken) {
      i = j;
      fail(MSG.blockComment(), line);
      continue;
    }
    push("ident", text.slice(i, j));
    i = j;
  }
  tokens.push({ kind: "eof", text: "", line });
  return tokens;
}
