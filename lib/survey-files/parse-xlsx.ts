/** XLSX bytes → keyed rows of one worksheet, via exceljs. */
import ExcelJS from "exceljs";
import { ImportFileError } from "./file-errors";
import { cellMessages, fileMessages } from "./file-messages";
import { TableBuilder } from "./table";
import type { CellValue, ParsedUpload } from "./types";

type ExcelValue = ExcelJS.CellValue;
type ReadCell = { value: CellValue; issue?: string };

export async function parseXlsx(bytes: Uint8Array, sheet?: string): Promise<ParsedUpload> {
  const workbook = await loadWorkbook(bytes);
  const worksheets = workbook.worksheets; // exceljs returns them in tab order
  const sheets = worksheets.map((worksheet) => worksheet.name);
  const worksheet = pickWorksheet(worksheets, sheet);
  const table = readTable(worksheet);
  if (!table.hasHeader) throw new ImportFileError("empty-file", fileMessages.emptySheet(worksheet.name), { sheets });
  return { format: "xlsx", sheets, sheetUsed: worksheet.name, ...table.result() };
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // A view, not a copy: the upload may be up to the size limit.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw new ImportFileError("invalid-xlsx", fileMessages.invalidXlsx);
  }
  return workbook;
}

function pickWorksheet(worksheets: ExcelJS.Worksheet[], wanted: string | undefined): ExcelJS.Worksheet {
  const sheets = worksheets.map((worksheet) => worksheet.name);
  const first = worksheets[0];
  if (!first) throw new ImportFileError("invalid-xlsx", fileMessages.noWorksheet);
  if (wanted === undefined || wanted.trim() === "") return first;
  const exact = worksheets.find((worksheet) => worksheet.name === wanted);
  const loose = worksheets.find((worksheet) => worksheet.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  const found = exact ?? loose;
  if (!found) throw new ImportFileError("unknown-sheet", fileMessages.unknownSheet(wanted, sheets), { sheets });
  return found;
}

function readTable(worksheet: ExcelJS.Worksheet): TableBuilder {
  const table = new TableBuilder();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    const issues: { index: number; message: string }[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const read = readCell(cell.value);
      values[columnNumber - 1] = read.value;
      if (read.issue) issues.push({ index: columnNumber - 1, message: read.issue });
    });
    table.add(issues.length ? { rowNumber, values, issues } : { rowNumber, values });
  });
  return table;
}

/** exceljs hands out a union of shapes; reduce each to what a user would see in the cell. */
export function readCell(value: ExcelValue): ReadCell {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { value };
  if (value instanceof Date) return { value: formatDate(value) };
  if ("error" in value) return { value: null, issue: cellMessages.cellError(value.error) };
  if ("richText" in value) return { value: value.richText.map((run) => run.text).join("") };
  if ("formula" in value || "sharedFormula" in value) return readFormulaResult(value.result);
  if ("hyperlink" in value) return { value: hyperlinkText(value.text) };
  return { value: null, issue: cellMessages.nestedValue };
}

function readFormulaResult(result: ExcelJS.CellFormulaValue["result"]): ReadCell {
  // A formula is only as good as its cached result; we never evaluate formulas ourselves.
  if (result === undefined) return { value: null, issue: cellMessages.formulaWithoutResult };
  return readCell(result);
}

function hyperlinkText(text: unknown): string {
  if (typeof text === "string") return text;
  const runs = (text as { richText?: { text: string }[] } | undefined)?.richText;
  return runs ? runs.map((run) => run.text).join("") : "";
}

/** Dates are not part of the layout; keep them readable rather than as serial numbers. */
function formatDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}
