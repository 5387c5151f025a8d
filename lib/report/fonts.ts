/**
 * Fonts of the report. Noto Sans SC (Adobe/Google, SIL OFL 1.1) as OpenType/CFF from the npm
 * package @embedpdf/fonts-sc — react-pdf 4 refuses the .ttc collections Debian ships — read from
 * node_modules by path, never downloaded. pdfkit embeds a subset of the glyphs used. Commands are
 * set in Courier (a PDF standard font, not embedded) with Noto as fallback for Chinese.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { splitForLineBreaking } from "./linebreak";
import type { ReactPdf } from "./react-pdf";

export const FONT_FAMILY = "NotoSansSC";
export const CODE_FONT = "Courier";
export const FONT_PACKAGE = "@embedpdf/fonts-sc";

/**
 * One weight only. Each embedded CJK font costs ~50 KB before its first glyph (pdfkit keeps the
 * CFF subroutine index at full length) plus its own subset encoding time, so headings are set
 * apart by size, rules and shading instead of a bold face.
 */
const FONT_FILE = "NotoSansHans-Regular.otf";

/**
 * The package exports only its JS entry, so resolve that and step to its `fonts/` folder.
 * Resolved from the working directory (the project root for Next, Vitest and the scripts) so
 * bundlers cannot rewrite the lookup.
 */
export function reportFontFile(): string {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  let entry: string;
  try {
    entry = require.resolve(FONT_PACKAGE);
  } catch {
    throw new Error(`找不到报告字体包 ${FONT_PACKAGE}（node_modules 中未安装）`);
  }
  const file = path.join(path.dirname(entry), "..", "fonts", FONT_FILE);
  if (!existsSync(file)) throw new Error(`报告字体文件缺失：${file}`);
  return file;
}

let registered = false;

/** Registers the family and the Chinese line-breaking callback once per process. */
export function registerReportFonts(pdf: ReactPdf): void {
  if (registered) return;
  pdf.Font.register({ family: FONT_FAMILY, src: reportFontFile(), fontWeight: 400 });
  pdf.Font.registerHyphenationCallback(splitForLineBreaking);
  registered = true;
}

/**
 * pdfkit re-opens the font for every text run react-pdf draws and, to find the copy it already
 * embedded, compares the two by `JSON.stringify` of the whole `name` table — Noto's carries its
 * licence text in several languages, so thousands of runs cost tens of milliseconds per report.
 * Both sides are this same object; a `toJSON` that returns the PostScript name makes the
 * comparison cheap and keeps its answer. Non-enumerable, so nothing that reads the records sees it.
 */
function cheapenFontIdentity(font: object): void {
  const name = (font as { name?: { records?: Record<string, unknown> } }).name;
  const records = name?.records;
  if (!records || "toJSON" in records) return;
  const postscriptName = (font as { postscriptName?: string }).postscriptName ?? FONT_FAMILY;
  Object.defineProperty(records, "toJSON", { value: () => postscriptName, enumerable: false });
}

/** Loads the font once per process (react-pdf keeps it) and makes its identity check cheap. */
export async function loadReportFont(pdf: ReactPdf): Promise<void> {
  await pdf.Font.load({ fontFamily: FONT_FAMILY, fontWeight: 400 });
  const font = pdf.Font.getFont({ fontFamily: FONT_FAMILY, fontWeight: 400 }).data;
  if (!font) throw new Error("报告字体未能加载");
  cheapenFontIdentity(font);
}
