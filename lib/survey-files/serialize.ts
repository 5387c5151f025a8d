/**
 * Records → the same spreadsheet layout the importer reads (ENTERPRISE_COLUMNS order, Chinese
 * headers and labels), so that export → edit → import is the admin's normal loop and an untouched
 * export re-imports with zero changes. Text cells are formula-escaped (see spreadsheet-text.ts).
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { ENTERPRISE_COLUMNS, type EnterpriseColumn, type EnterpriseRecord } from "@/lib/validations/enterprise";
import { escapeSpreadsheetText } from "./spreadsheet-text";
import { labelOf, vocabularyOf } from "./vocabulary";

export const DEFAULT_SHEET_NAME = "调研数据";
const UTF8_BOM = "\uFEFF"; // without it Excel on Chinese Windows opens UTF-8 CSV as GBK
const CRLF = "\r\n";
const LIST_SEPARATOR = ";";
const BOOLEAN_LABELS = { true: "是", false: "否" } as const;

type ExportCell = string | number | null;

export const EXPORT_HEADERS: readonly string[] = ENTERPRISE_COLUMNS.map((column) => column.header);

/** One record as the cells of a row, in layout order. */
export function recordToCells(record: EnterpriseRecord): ExportCell[] {
  return ENTERPRISE_COLUMNS.map((column) => exportCell(record, column));
}

function exportCell(record: EnterpriseRecord, { key, kind }: EnterpriseColumn): ExportCell {
  const value = record[key];
  if (value === null || value === undefined) return null;
  switch (kind) {
    case "text":
      return escapeSpreadsheetText(String(value));
    case "enum":
      return labelOf(vocabularyOf(key), String(value));
    case "list":
      return (value as string[]).map((item) => labelOf(vocabularyOf(key), item)).join(LIST_SEPARATOR);
    case "boolean":
      return BOOLEAN_LABELS[value ? "true" : "false"];
    case "int":
    case "factor":
      return Number(value);
  }
}

/** UTF-8 with BOM, CRLF line ends, RFC 4180 quoting. */
export function exportCsv(records: readonly EnterpriseRecord[]): Uint8Array {
  const csv = Papa.unparse(
    { fields: [...EXPORT_HEADERS], data: records.map(recordToCells) },
    { newline: CRLF, quotes: false, escapeFormulae: false }, // escaping is ours, applied above
  );
  return new TextEncoder().encode(UTF8_BOM + csv + CRLF);
}

export interface XlsxExportOptions {
  sheetName?: string;
}

export async function exportXlsx(
  records: readonly EnterpriseRecord[],
  { sheetName = DEFAULT_SHEET_NAME }: XlsxExportOptions = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = ENTERPRISE_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: Math.max(10, column.header.length * 2 + 2),
    // "@" = Text: stops Excel from turning Go version "1.20" into the number 1.2 on edit.
    style: column.kind === "text" ? { numFmt: "@" } : {},
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const record of records) worksheet.addRow(recordToCells(record));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
