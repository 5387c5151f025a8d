/**
 * Line-break opportunities for Chinese text in react-pdf.
 *
 * react-pdf breaks lines only at spaces and at the "syllables" a hyphenation callback returns,
 * and it draws a hyphen wherever it breaks between two syllables. Chinese has no spaces, so
 * we split it into breakable units — and put an empty string between units: textkit treats an
 * empty syllable as zero-width glue, and a break at glue draws no hyphen.
 *
 * Units follow the basic Chinese line-breaking rules (禁则): closing punctuation never starts
 * a line and opening punctuation never ends one, so "，。、；：？！）》」" stay with the character
 * before them and "（《「" with the character after. Latin words and numbers stay whole, except
 * that very long tokens (paths, identifiers) may break after a separator.
 */

/** Must not start a line. */
const CLOSING = new Set(Array.from("，。、；：？！）》」』】〕〉〗〙”’…‥·・％～ー,.;:!?)]}%"));
/** Must not end a line. */
const OPENING = new Set(Array.from("（《「『【〔〈〖〘“‘([{"));
/** After these a long Latin token may break. */
const TOKEN_SEPARATORS = new Set(Array.from("/\\-_=&,;|"));
const LONG_TOKEN = 20;

/** Ideographs, kana, Hangul, CJK punctuation and full-width forms: each may stand alone on a line edge. */
export function isWide(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x2ffff)
  );
}

function mayBreakBetween(before: string, after: string): boolean {
  if (OPENING.has(before) || CLOSING.has(after)) return false;
  return isWide(before) || isWide(after);
}

/** Indices (into `chars`) after which a long Latin run may break. */
function longTokenBreaks(chars: string[], start: number, end: number, into: Set<number>): void {
  if (end - start <= LONG_TOKEN) return;
  for (let i = start; i < end - 1; i += 1) {
    if (TOKEN_SEPARATORS.has(chars[i] as string)) into.add(i);
  }
}

/**
 * Splits one space-free word into unbreakable units joined by "" (react-pdf's zero-width glue).
 * Whitespace and words without a break opportunity come back whole.
 */
export function splitForLineBreaking(word: string): string[] {
  if (word.length === 0) return [];
  if (word.trim() === "") return [word];
  const chars = Array.from(word);
  const extraBreaks = new Set<number>();
  let runStart = -1;
  for (let i = 0; i <= chars.length; i += 1) {
    const narrow = i < chars.length && !isWide(chars[i] as string);
    if (narrow && runStart < 0) runStart = i;
    if (!narrow && runStart >= 0) {
      longTokenBreaks(chars, runStart, i, extraBreaks);
      runStart = -1;
    }
  }
  const parts: string[] = [];
  let unit = chars[0] as string;
  for (let i = 1; i < chars.length; i += 1) {
    const before = chars[i - 1] as string;
    const after = chars[i] as string;
    if (mayBreakBetween(before, after) || (extraBreaks.has(i - 1) && !CLOSING.has(after))) {
      parts.push(unit, "");
      unit = after;
    } else {
      unit += after;
    }
  }
  parts.push(unit);
  return parts;
}
