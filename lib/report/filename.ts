/**
 * The download name of a report, in the two forms a `Content-Disposition` header carries
 * (lib/http/downloads.ts). The system name is free text typed by an architect — it may hold quotes,
 * slashes, CR/LF or `$(…)` — so both forms are built from a cleaned copy: the ASCII fallback keeps
 * only `[A-Za-z0-9._-]`, the UTF-8 form drops control characters, path separators and the
 * characters Windows refuses in filenames, and is percent-encoded.
 */
import { formatDateCompact } from "./format";

export interface ReportFilename {
  /** ASCII-only, safe inside a quoted-string: `tech-stack-report-20261122.pdf`. */
  ascii: string;
  /** The readable name: `滨海网关-技术栈选型报告-20261122.pdf`. */
  utf8: string;
}

const MAX_NAME_CHARS = 60;
/** Quotes, path separators, shell and Windows-reserved characters. */
const UNSAFE_PUNCTUATION = new Set(Array.from("\"'`\\/<>:|?*;%$"));

function isUnsafe(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  const control = cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029;
  // Bidi overrides and zero-width characters can disguise the extension ("…\u202Efdp.exe").
  const invisible = (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0xfeff;
  return control || invisible || UNSAFE_PUNCTUATION.has(char);
}

function cleanName(systemName: string): string {
  const cleaned = Array.from(systemName.normalize("NFC"), (char) => (isUnsafe(char) ? " " : char))
    .join("")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^[.\s-]+|[.\s]+$/gu, "");
  return Array.from(cleaned).slice(0, MAX_NAME_CHARS).join("").trim();
}

function asciiName(name: string): string {
  return name
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, MAX_NAME_CHARS);
}

export function reportFilename(systemName: string, date: Date): ReportFilename {
  const day = formatDateCompact(date);
  const name = cleanName(systemName);
  const ascii = asciiName(name);
  return {
    ascii: `${ascii ? `${ascii}-` : ""}tech-stack-report-${day}.pdf`,
    utf8: `${name ? `${name}-` : ""}技术栈选型报告-${day}.pdf`.replace(/ /g, "_"),
  };
}
