/**
 * CSV/formula injection, both directions (OWASP "CSV Injection").
 *
 * Export: a text cell that a spreadsheet would run as a formula — starting with `=`, `+`, `-`,
 * `@`, tab or CR — is written with a leading `'`, the spreadsheet convention for "this is text".
 * A text that itself starts with `'` gets one too, so that stripping is always lossless.
 *
 * Import: one leading `'` is stripped, and such a cell is trusted as text (it was escaped, by our
 * export or by a user who typed the `'`). Any other cell that looks like a formula is rejected:
 * storing it would hand the payload to the next person who exports and opens the data.
 * `-` followed by a digit is a negative number, not a formula, so it passes.
 */
const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d))/;
const NEEDS_ESCAPE = /^[=+\-@\t\r']/;
const TEXT_QUOTE = "'";
const LEADING_SPACE = /^\s/;

export type ReadText = { ok: true; text: string | null } | { ok: false };

/** Raw text of a cell → trimmed text (null when blank), or not ok when it looks like a formula. */
export function readSpreadsheetText(raw: string): ReadText {
  let text = raw;
  if (text.startsWith(TEXT_QUOTE)) {
    text = text.slice(1);
  } else if (FORMULA_START.test(text) || (LEADING_SPACE.test(text) && FORMULA_START.test(text.trimStart()))) {
    return { ok: false };
  }
  return { ok: true, text: tidyText(text) };
}

/**
 * Trims and unifies line breaks: Excel writes CRLF inside quoted CSV cells and LF in XLSX, and
 * the same note must not look "changed" depending on the file type.
 */
export function tidyText(text: string): string | null {
  const tidy = (text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text).trim();
  return tidy === "" ? null : tidy;
}

export function escapeSpreadsheetText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? TEXT_QUOTE + text : text;
}
