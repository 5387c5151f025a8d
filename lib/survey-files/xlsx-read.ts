/**
 * Reads one worksheet of a package, inside the XLSX worker (xlsx-worker.ts), and posts what it
 * finds as messages: the sheet names, the rows in batches (so neither thread ever holds them all
 * twice), and the count of non-blank rows. Whatever the file makes this code do — inflate, parse,
 * allocate — happens in the worker's own, limited heap.
 */
import { ImportFileError, type ImportFileErrorCode, type ImportFileErrorDetails } from "./file-errors";
import { fileMessages } from "./file-messages";
import { MAX_SHEET_XML_BYTES } from "./limits";
import type { GridRow } from "./table";
import { readDateStyles, readSharedStrings, readWorkbookInfo, type WorkbookSheet } from "./xlsx-parts";
import { readSheetRows } from "./xlsx-sheet";
import { WorkbookPackage } from "./zip-package";

export interface XlsxJob {
  bytes: Uint8Array;
  sheet?: string;
  maxRows?: number;
}

export type XlsxMessage =
  | { type: "sheets"; sheets: string[]; sheetUsed: string }
  | { type: "rows"; rows: GridRow[] }
  | { type: "done"; nonBlankRows: number }
  | { type: "failed"; code: ImportFileErrorCode; message: string; details: ImportFileErrorDetails }
  | { type: "crashed"; message: string };

/** Rows per message: large enough that messaging costs nothing, small enough to stay a few MB. */
const BATCH_ROWS = 500;

export async function readWorkbook(job: XlsxJob, post: (message: XlsxMessage) => void): Promise<void> {
  const workbook = await WorkbookPackage.open(job.bytes);
  try {
    const info = await readWorkbookInfo(workbook);
    const sheets = info.sheets.map((sheet) => sheet.name);
    const chosen = pickSheet(info.sheets, job.sheet);
    if (!chosen.path || !workbook.has(chosen.path)) throw new ImportFileError("invalid-xlsx", fileMessages.invalidXlsx);
    post({ type: "sheets", sheets, sheetUsed: chosen.name });

    const has = (path: string | undefined): path is string => path !== undefined && workbook.has(path);
    const dateStyles = has(info.stylesPath) ? readDateStyles(await workbook.text(info.stylesPath)) : [];
    const sharedStrings = has(info.sharedStringsPath) ? await readSharedStrings(workbook.chunks(info.sharedStringsPath)) : [];
    let batch: GridRow[] = [];
    const context = { sharedStrings, dateStyles, date1904: info.date1904, maxRows: job.maxRows };
    const nonBlankRows = await readSheetRows(workbook.chunks(chosen.path, MAX_SHEET_XML_BYTES), context, (row) => {
      batch.push(row);
      if (batch.length < BATCH_ROWS) return;
      post({ type: "rows", rows: batch });
      batch = [];
    });
    if (batch.length) post({ type: "rows", rows: batch });
    post({ type: "done", nonBlankRows });
  } finally {
    workbook.close();
  }
}

function pickSheet(sheets: readonly WorkbookSheet[], wanted: string | undefined): WorkbookSheet {
  const names = sheets.map((sheet) => sheet.name);
  const first = sheets[0];
  if (!first) throw new ImportFileError("invalid-xlsx", fileMessages.noWorksheet);
  if (wanted === undefined || wanted.trim() === "") return first;
  const exact = sheets.find((sheet) => sheet.name === wanted);
  const loose = sheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  const found = exact ?? loose;
  if (!found) throw new ImportFileError("unknown-sheet", fileMessages.unknownSheet(wanted, names), { sheets: names });
  return found;
}
