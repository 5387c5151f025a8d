/**
 * Turns a grid (header cells, then data rows) into keyed rows, one row at a time, so a reader
 * never holds the whole grid and the keyed rows together. Shared by the CSV and XLSX readers so
 * both treat headers, blank rows, stray columns and the limits the same way.
 *
 * A row that does not line up with the header is a row error, never silently trimmed: a value
 * past the header's last column has no column to go to, and a CSV row with fewer cells than the
 * header is almost always a line break or delimiter that lost its quotes. Excel writes every
 * cell of a CSV row, so only CSV rows are held to the full width; a worksheet omits empty cells.
 */
import { ImportFileError } from "./file-errors";
import { cellMessages, fileMessages, limitMessages } from "./file-messages";
import { MAX_COLUMNS, MAX_DATA_ROWS } from "./limits";
import type { CellIssue, CellValue, ParsedRow } from "./types";

export interface GridRow {
  rowNumber: number;
  /** The cells read, at most MAX_COLUMNS of them (XLSX: sparse, by column). */
  values: readonly CellValue[];
  /** Cells in the row, including those past MAX_COLUMNS that were counted, not kept. */
  width: number;
  /** 1 + the index of the last non-blank cell (0 for a blank row). */
  valuedWidth: number;
  /** Cell problems by 0-based column index (XLSX formulas without a cached result). */
  issues?: readonly { index: number; message: string }[];
}

export interface TableOptions {
  /** CSV: a row must have a cell for every header. */
  requireAllCells: boolean;
  maxRows?: number;
}

export interface KeyedTable {
  headers: string[];
  rows: ParsedRow[];
  warnings: string[];
}

interface HeaderColumn {
  index: number;
  header: string;
}

/** Short cells repeat endlessly (是, 0.92, 滨海新区): keep one copy of each. */
const MAX_INTERNED_LENGTH = 32;
/** Row numbers named in the trailing-empty-cells warning. */
const NAMED_ROWS = 5;

export class TableBuilder {
  private columns: HeaderColumn[] | undefined;
  /** Cells of the header row; and the cells a row needs to reach its last named column. */
  private headerWidth = 0;
  private neededWidth = 0;
  /**
   * Every row's cells start as a copy of this object: V8 then shares one hidden class for all of
   * them. Assigning 27 keys one by one to `{}` instead makes dictionary-mode objects (~6× larger).
   */
  private template: Record<string, CellValue> = {};
  private readonly rows: ParsedRow[] = [];
  private readonly interned = new Map<string, string>();
  private readonly trailingBlank: number[] = [];
  private trailingBlankCount = 0;
  private readonly maxRows: number;

  constructor(private readonly options: TableOptions) {
    this.maxRows = options.maxRows ?? MAX_DATA_ROWS;
  }

  /** Feeds one grid row: the first non-blank one is the header row. */
  add(gridRow: GridRow): void {
    // Excel saves trailing blank rows as ",,,,"; they are not records. Their numbers still count.
    if (gridRow.valuedWidth === 0 && !gridRow.issues?.length) return;
    if (!this.columns) return this.setHeader(gridRow);
    if (this.rows.length >= this.maxRows) {
      throw new ImportFileError("file-too-complex", limitMessages.tooManyRows(this.maxRows), { limit: this.maxRows });
    }
    this.rows.push(this.keyRow(gridRow, this.columns));
  }

  get hasHeader(): boolean {
    return this.columns !== undefined;
  }

  result(): KeyedTable {
    const warnings = this.trailingBlankCount ? [fileMessages.trailingEmptyCells(this.trailingBlank, this.trailingBlankCount)] : [];
    return { headers: (this.columns ?? []).map((column) => column.header), rows: this.rows, warnings };
  }

  private setHeader({ values, width, valuedWidth }: GridRow): void {
    if (valuedWidth > MAX_COLUMNS) {
      throw new ImportFileError("file-too-complex", limitMessages.tooManyColumns(valuedWidth, MAX_COLUMNS), { limit: MAX_COLUMNS });
    }
    const columns = headerColumns(values);
    this.columns = columns;
    this.headerWidth = width;
    this.neededWidth = (columns[columns.length - 1]?.index ?? -1) + 1;
    this.template = Object.fromEntries(columns.map((column) => [column.header, null]));
  }

  private keyRow(gridRow: GridRow, columns: readonly HeaderColumn[]): ParsedRow {
    const cells = { ...this.template };
    for (const { index, header } of columns) cells[header] = this.intern(gridRow.values[index] ?? null);
    const row: ParsedRow = { rowNumber: gridRow.rowNumber, cells };
    const issues: CellIssue[] = [];
    const shape = this.shapeProblem(gridRow);
    if (shape) issues.push({ column: "", message: shape });
    for (const { index, message } of gridRow.issues ?? []) {
      const column = columns.find((candidate) => candidate.index === index);
      if (column) issues.push({ column: column.header, message });
    }
    if (issues.length) row.cellIssues = issues;
    return row;
  }

  /** Why the row does not line up with the header, if it does not. */
  private shapeProblem({ rowNumber, width, valuedWidth }: GridRow): string | undefined {
    const headerWidth = Math.max(this.headerWidth, this.neededWidth);
    if (valuedWidth > headerWidth) return cellMessages.extraCells(this.options.requireAllCells ? width : valuedWidth, headerWidth);
    if (this.options.requireAllCells && width < this.neededWidth) return cellMessages.missingCells(width, headerWidth);
    if (this.options.requireAllCells && width > headerWidth) {
      if (this.trailingBlank.length < NAMED_ROWS) this.trailingBlank.push(rowNumber);
      this.trailingBlankCount++;
    }
    return undefined;
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

export function isBlankCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === "string" && value.trim() === "";
}
