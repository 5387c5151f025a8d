/**
 * The public table's export, one cell at a time: each record's shown columns as the table shows
 * them (labels, 是/否, lists joined), text that a spreadsheet would run as a formula prefixed with
 * `'` (OWASP "CSV injection"); CSV lines in UTF-8 with a BOM (Excel on Chinese Windows otherwise
 * reads UTF-8 as GBK), CRLF line ends and RFC 4180 quoting. lib/survey/enterprise-export.ts
 * streams these lines and the same cells into XLSX.
 */
import type { EnterpriseField, EnterpriseRecord } from "@/lib/validations/enterprise";
import { ENTERPRISE_FIELDS, FIELD_HEADERS, fieldValue } from "./enterprise-fields";

export const UTF8_BOM = "\uFEFF";
const CRLF = "\r\n";

export type CsvCell = string | number | boolean | null | undefined;

/** Leading characters a spreadsheet treats as the start of a formula (or that hide one). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: formula-escaped if text, quoted if it holds a quote, comma or line break. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = typeof cell === "boolean" ? (cell ? "是" : "否") : escapeFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record with its CRLF. */
export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvField).join(",") + CRLF;
}

export function buildCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + [header, ...rows].map(csvLine).join("");
}

export const enterpriseHeaders = (fields: readonly EnterpriseField[]) => fields.map((key) => FIELD_HEADERS[key]);

/** A record's cells in the given columns, as the table shows them (not yet escaped). */
export function enterpriseCells(record: EnterpriseRecord, fields: readonly EnterpriseField[]): (string | number | null)[] {
  return fields.map((key) => fieldValue(record, key));
}

/** Records → CSV with Chinese headers and labels, in the given column order (default: all). */
export function enterprisesCsv(records: readonly EnterpriseRecord[], fields: readonly EnterpriseField[] = ENTERPRISE_FIELDS): string {
  return buildCsv(
    enterpriseHeaders(fields),
    records.map((record) => enterpriseCells(record, fields)),
  );
}

/** A file name for the download, dated in China time: 天津Go调研企业-2026-11-22.csv */
export function csvFileName(now: Date = new Date(), extension: "csv" | "xlsx" = "csv"): string {
  const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(now);
  return `天津Go调研企业-${day}.${extension}`;
}
