/** Shapes shared by the import pipeline: parse → map → validate → plan. */
import type { EnterpriseField } from "@/lib/validations/enterprise";

/** A cell as read from the file, before any interpretation. */
export type CellValue = string | number | boolean | null;

export type UploadFormat = "csv" | "xlsx" | "json";

/** How the text of a CSV/JSON file was decoded; `gb18030` also covers GBK (its subset). */
export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/** A cell the reader could not turn into a value (an XLSX formula without cached result). */
export interface CellIssue {
  column: string;
  message: string;
}

export interface ParsedRow {
  /**
   * The row as the user finds it: the spreadsheet row number (header = row 1, blank rows count);
   * for JSON, the element's 1-based position in the array.
   */
  rowNumber: number;
  /** Keyed by the header exactly as in the file (trimmed). */
  cells: Record<string, CellValue>;
  cellIssues?: CellIssue[];
}

export interface ParsedUpload {
  format: UploadFormat;
  encoding?: TextEncodingName;
  /** Every sheet of an XLSX workbook, in workbook order. */
  sheets?: string[];
  sheetUsed?: string;
  headers: string[];
  rows: ParsedRow[];
  /**
   * Data lines the reader saw after the header, counted apart from the rows it produced so that
   * a row lost on the way shows as a mismatch: non-blank CSV records (a quoted cell's line breaks
   * belong to its record), non-blank worksheet rows, JSON array elements.
   */
  dataLines: number;
  /** Whole-file remarks of the reader (e.g. trailing empty cells it ignored). */
  warnings?: string[];
}

export interface ParseOptions {
  /** Informational only: the format is detected from the content, never from the name. */
  fileName?: string;
  /** XLSX sheet to read; default the first. */
  sheet?: string;
  /** Defaults to MAX_UPLOAD_BYTES; the CLI may raise it for bulk loads. */
  maxBytes?: number;
  /** Defaults to MAX_DATA_ROWS. */
  maxRows?: number;
}

/** A problem with one row, pointing at the column the user must fix. */
export interface RowProblem {
  /** The header as written in the file ("" when the problem concerns the whole row). */
  column: string;
  field: EnterpriseField | null;
  message: string;
}
