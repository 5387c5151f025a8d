/**
 * A worksheet's XML → grid rows, as the XML inflates: nothing but the row being read is held.
 * Cells are reduced to what a user sees in them — the shared or inline text (rich text runs
 * joined), the number, the boolean, a date as text, a formula's cached result — and a cell the
 * reader cannot turn into a value (an error value, a formula never calculated) becomes an issue.
 *
 * The limits (limits.ts) are enforced here, where the rows stream past: data rows, cells per row,
 * characters per cell and in all. Cells past MAX_COLUMNS are counted, not kept.
 */
import { ImportFileError } from "./file-errors";
import { cellMessages, fileMessages, limitMessages } from "./file-messages";
import { MAX_CELL_CHARS, MAX_CELL_TEXT_CHARS, MAX_COLUMNS, MAX_DATA_ROWS, MAX_ROW_CELLS } from "./limits";
import type { GridRow } from "./table";
import type { CellValue } from "./types";
import { attribute, readXml, type Attributes } from "./xlsx-xml";

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  maxRows?: number;
}

type Cell = { value: CellValue; issue?: string };

interface OpenCell {
  column: number;
  type: string;
  style: number;
  value: string | undefined;
  inline: string | undefined;
  formula: boolean;
}

/** Days from Excel's day 0 (1899-12-30, or 1904-01-01 in the 1904 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;
const DAY_MS = 86_400_000;

const tooComplex = (message: string, limit: number) => new ImportFileError("file-too-complex", message, { limit });

/** "AB12" → 27 (0-based column); undefined when the reference has no column letters. */
export function columnIndex(reference: string): number | undefined {
  let column = 0;
  let index = 0;
  for (; index < reference.length; index++) {
    const code = reference.charCodeAt(index) & ~0x20; // upper case
    if (code < 0x41 || code > 0x5a) break;
    column = column * 26 + (code - 0x40);
    if (column > MAX_ROW_CELLS) return MAX_ROW_CELLS;
  }
  return index === 0 ? undefined : column - 1;
}

/** Reads the sheet's rows into `onRow`; returns how many non-blank rows the sheet has. */
export async function readSheetRows(chunks: AsyncIterable<Uint8Array>, context: SheetContext, onRow: (row: GridRow) => void): Promise<number> {
  const maxRows = context.maxRows ?? MAX_DATA_ROWS;
  let row: GridRow & { values: CellValue[]; issues: { index: number; message: string }[] } | undefined;
  let cellsInRow = 0;
  let nextColumn = 0;
  let lastRowNumber = 0;
  let cell: OpenCell | undefined;
  let textTarget: "value" | "inline" | undefined;
  let phonetic = 0;
  let nonBlankRows = 0;
  let textChars = 0;

  const finishCell = (open: OpenCell, rowNumber: number) => {
    const read = readCell(open, context, rowNumber);
    if (!row) return;
    // A cell past MAX_COLUMNS is counted, not kept: the row's width still says it is there, so a
    // wide header is refused and a value past the header is a row error, as for CSV.
    const shown = read.issue !== undefined || (read.value !== null && (typeof read.value !== "string" || read.value.trim() !== ""));
    if (shown) row.valuedWidth = row.width = Math.max(row.valuedWidth, open.column + 1);
    if (open.column >= MAX_COLUMNS) return;
    if (read.value !== null) row.values[open.column] = read.value;
    if (read.issue) row.issues.push({ index: open.column, message: read.issue });
    if (typeof read.value === "string") {
      textChars += read.value.length;
      if (textChars > MAX_CELL_TEXT_CHARS) throw tooComplex(limitMessages.tooMuchText(MAX_CELL_TEXT_CHARS), MAX_CELL_TEXT_CHARS);
    }
  };

  await readXml(chunks, {
    open(name: string, attributes: Attributes) {
      if (name === "row") {
        const declared = Number(attribute(attributes, "r"));
        lastRowNumber = Number.isInteger(declared) && declared > 0 ? declared : lastRowNumber + 1;
        row = { rowNumber: lastRowNumber, values: [], width: 0, valuedWidth: 0, issues: [] };
        cellsInRow = 0;
        nextColumn = 0;
      } else if (name === "c" && row) {
        if (++cellsInRow > MAX_ROW_CELLS) throw tooComplex(limitMessages.rowTooWide(row.rowNumber, MAX_ROW_CELLS), MAX_ROW_CELLS);
        const column = columnIndex(attribute(attributes, "r") ?? "") ?? nextColumn;
        if (column >= MAX_ROW_CELLS) throw tooComplex(limitMessages.rowTooWide(row.rowNumber, MAX_ROW_CELLS), MAX_ROW_CELLS);
        nextColumn = column + 1;
        const style = Number(attribute(attributes, "s") ?? 0);
        cell = { column, type: attribute(attributes, "t") ?? "n", style, value: undefined, inline: undefined, formula: false };
      } else if (cell) {
        if (name === "v") textTarget = "value";
        else if (name === "f") cell.formula = true;
        else if (name === "t") textTarget = "inline";
        else if (name === "rPh") phonetic++;
      }
    },
    text(text: string) {
      if (!cell || !textTarget || phonetic > 0) return;
      const joined = (cell[textTarget] ?? "") + text;
      if (joined.length > MAX_CELL_CHARS) throw tooComplex(limitMessages.cellTooLong(row?.rowNumber ?? lastRowNumber, MAX_CELL_CHARS), MAX_CELL_CHARS);
      cell[textTarget] = joined;
    },
    close(name: string) {
      if (name === "v" || name === "t") textTarget = undefined;
      else if (name === "rPh") phonetic--;
      else if (name === "c" && cell) {
        finishCell(cell, row?.rowNumber ?? lastRowNumber);
        cell = undefined;
      } else if (name === "row" && row) {
        if (row.valuedWidth > 0) {
          // The first non-blank row is the header; data rows beyond the limit stop the read.
          if (++nonBlankRows > maxRows + 1) throw tooComplex(limitMessages.tooManyRows(maxRows), maxRows);
          onRow(row.issues.length ? row : { rowNumber: row.rowNumber, values: row.values, width: row.width, valuedWidth: row.valuedWidth });
        }
        row = undefined;
      }
    },
  });
  return nonBlankRows;
}

function readCell(cell: OpenCell, context: SheetContext, rowNumber: number): Cell {
  const { type, value, formula } = cell;
  if (type === "inlineStr") return { value: cell.inline ?? null };
  // A formula is only as good as its cached result; we never evaluate formulas ourselves.
  if (value === undefined) return formula ? { value: null, issue: cellMessages.formulaWithoutResult } : { value: null };
  switch (type) {
    case "s": {
      const text = context.sharedStrings[Number(value)];
      if (text === undefined) throw new ImportFileError("invalid-xlsx", fileMessages.invalidXlsx); // a corrupt package
      if (text.length > MAX_CELL_CHARS) throw tooComplex(limitMessages.cellTooLong(rowNumber, MAX_CELL_CHARS), MAX_CELL_CHARS);
      return { value: text };
    }
    case "str":
      return { value };
    case "b":
      return { value: value === "1" || value.toLowerCase() === "true" };
    case "e":
      return { value: null, issue: cellMessages.cellError(value) };
    case "d":
      return { value: formatDate(new Date(value)) ?? value };
    default: {
      const number = Number(value);
      if (value.trim() === "" || !Number.isFinite(number)) return { value };
      if (!context.dateStyles[cell.style]) return { value: number };
      const serial = context.date1904 ? number + DATE_1904_OFFSET : number;
      return { value: formatDate(new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS))) ?? number };
    }
  }
}

/** Dates are not part of the layout; keep them readable rather than as serial numbers. */
function formatDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}
