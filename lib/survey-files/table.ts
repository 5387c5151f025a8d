/**
 * Turns a grid (header cells, then data rows) into keyed rows, one row at a time, so a reader
 * never holds the whole grid and the keyed rows together. Shared by the CSV and XLSX readers so
 * both treat headers, blank rows and stray columns the same way.
 */
import { ImportFileError } from "./file-errors";
import { fileMessages } from "./file-messages";
import type { CellValue, ParsedRow } from "./types";

export interface GridRow {
  rowNumber: number;
  values: readonly CellValue[];
  /** Cell problems by 0-based column index (XLSX formulas without a cached result). */
  issues?: readonly { index: number; message: string }[];
}

export interface KeyedTable {
  headers: string[];
  rows: ParsedRow[];
}

interface HeaderColumn {
  index: number;
  header: string;
}

/** Short cells repeat endlessly (是, 0.92, 滨海新区): keep one copy of each. */
const MAX_INTERNED_LENGTH = 32;

export class TableBuilder {
  private columns: HeaderColumn[] | undefined;
  /**
   * Every row's cells start as a copy of this object: V8 then shares one hidden class for all of
   * them. Assigning 27 keys one by one to `{}` instead makes dictionary-mode objects (~6× larger).
   */
  private template: Record<string, CellValue> = {};
  private readonly rows: ParsedRow[] = [];
  private readonly interned = new Map<string, string>();

  /** Feeds one grid row: the first non-blank one is the header row. */
  add(gridRow: GridRow): void {
    // Excel saves trailing blank rows as ",,,,"; they are not records. Their numbers still count.
    if (isBlankRow(gridRow.values) && !gridRow.issues?.length) return;
    if (this.columns) this.rows.push(this.keyRow(gridRow, this.columns));
    else this.setHeader(headerColumns(gridRow.values));
  }

  get hasHeader(): boolean {
    return this.columns !== undefined;
  }

  result(): KeyedTable {
    return { headers: (this.columns ?? []).map((column) => column.header), rows: this.rows };
  }

  private setHeader(columns: HeaderColumn[]): void {
    this.columns = columns;
    this.template = Object.fromEntries(columns.map((column) => [column.header, null]));
  }

  private keyRow(gridRow: GridRow, columns: readonly HeaderColumn[]): ParsedRow {
    const cells = { ...this.template };
    for (const { index, header } of columns) cells[header] = this.intern(gridRow.values[index] ?? null);
    const row: ParsedRow = { rowNumber: gridRow.rowNumber, cells };
    const issues = gridRow.issues?.flatMap(({ index, message }) => {
      const column = columns.find((candidate) => candidate.index === index);
      return column ? [{ column: column.header, message }] : [];
    });
    if (issues?.length) row.cellIssues = issues;
    return row;
  }

  private intern(value: CellValue): CellValue {
    if (typeof value !== "string" || value.length > MAX_INTERNED_LENGTH) return value;
    const known = this.interned.get(value);
    if (known !== undefined) return known;
    this.interned.set(value, value);
    return value;
  }
}

function headerColumns(headerCells: readonly CellValue[]): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  const seen = new Set<string>();
  headerCells.forEach((cell, index) => {
    const header = cell === null || cell === undefined ? "" : String(cell).trim();
    // A column without a header cannot be mapped; Excel adds such columns for stray formatting.
    if (header === "") return;
    if (seen.has(header)) throw new ImportFileError("duplicate-header", fileMessages.duplicateHeader(header));
    seen.add(header);
    columns.push({ index, header });
  });
  return columns;
}

export function isBlankRow(values: readonly CellValue[]): boolean {
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (typeof value !== "string" || value.trim() !== "") return false;
  }
  return true;
}
