/**
 * Turning a go.mod token into its value. A double-quoted token is unquoted with Go's escape
 * rules; an unquoted token may not contain a quote. The lexer accepts back-quoted strings, but
 * the go command refuses them as values, so they are reported here rather than silently accepted.
 */
import type { Token } from "./lexer";
import { MSG } from "./messages.zh";

const SIMPLE_ESCAPES: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"' };
const isHex = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);

/** Go's strconv.Unquote for a "…" literal; null when an escape is invalid. */
export function unquoteGo(raw: string): string | null {
  if (raw.length < 2 || raw[0] !== '"' || raw[raw.length - 1] !== '"') return null;
  const body = raw.slice(1, -1);
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"') return null;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === undefined) return null;
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      continue;
    }
    const width = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
    if (width > 0) {
      const digits = body.slice(i + 1, i + 1 + width);
      if (digits.length !== width || ![...digits].every((d) => isHex(d))) return null;
      const value = Number.parseInt(digits, 16);
      if (e !== "x" && (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))) return null;
      out += String.fromCodePoint(value);
      i += width;
      continue;
    }
    if (e >= "0" && e <= "7") {
      const digits = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(digits)) return null;
      const value = Number.parseInt(digits, 8);
      if (value > 255) return null;
      out += String.fromCharCode(value);
      i += 2;
      continue;
    }
    return null;
  }
  return out;
}

export type Value = { ok: true; value: string } | { ok: false; message: string };

export function tokenValue(t: Token): Value {
  if (t.kind === "string") {
    if (t.text.startsWith("`")) return { ok: false, message: MSG.backquoted(t.text) };
    const v = unquoteGo(t.text);
    return v === null ? { ok: false, message: MSG.quotedString(t.text) } : { ok: true, value: v };
  }
  if (t.text.includes('"') || t.text.includes("'") || t.text.includes("`")) return { ok: false, message: MSG.unquotedQuote(t.text) };
  return { ok: true, value: t.text };
}
