/**
 * JSON → keyed rows: an array of objects, or `{ "enterprises": [...] }` as our API returns it.
 * The limits of the other formats apply to records, keys (columns) and strings (cells): a file of
 * objects with a different key each would otherwise make as many "columns".
 */
import { ImportFileError } from "./file-errors";
import { cellMessages, fileMessages, limitMessages } from "./file-messages";
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_DATA_ROWS } from "./limits";
import type { CellIssue, CellValue, ParsedRow, ParsedUpload, TextEncodingName } from "./types";

const LOOKS_LIKE_JSON = /^\s*[[{]/;

/** The parsed value when the text is JSON, else undefined (the caller then reads it as CSV). */
export function tryParseJson(text: string): unknown {
  if (!LOOKS_LIKE_JSON.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const tooComplex = (message: string, limit: number) => new ImportFileError("file-too-complex", message, { limit });

export function jsonToUpload(value: unknown, encoding: TextEncodingName, maxRows = MAX_DATA_ROWS): ParsedUpload {
  const items = recordArray(value);
  if (items.length > maxRows) throw tooComplex(limitMessages.tooManyRows(maxRows), maxRows);
  const headers = new Set<string>();
  const rows = items.map((item, index) => jsonRow(item, index + 1, headers));
  return { format: "json", encoding, headers: [...headers], rows, dataLines: items.length };
}

function recordArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isPlainObject(value) && Array.isArray(value.enterprises)) return value.enterprises;
  throw new ImportFileError("invalid-json", fileMessages.invalidJsonShape);
}

function jsonRow(item: unknown, rowNumber: number, headers: Set<string>): ParsedRow {
  if (!isPlainObject(item)) {
    return { rowNumber, cells: {}, cellIssues: [{ column: "", message: cellMessages.notAnObject }] };
  }
  const cells: Record<string, CellValue> = {};
  const cellIssues: CellIssue[] = [];
  for (const [key, raw] of Object.entries(item)) {
    headers.add(key);
    if (headers.size > MAX_COLUMNS) throw tooComplex(limitMessages.tooManyKeys(MAX_COLUMNS), MAX_COLUMNS);
    const cell = jsonCell(raw);
    if (typeof cell === "string" && cell.length > MAX_CELL_CHARS) throw tooComplex(limitMessages.cellTooLong(rowNumber, MAX_CELL_CHARS), MAX_CELL_CHARS);
    if (cell === undefined) cellIssues.push({ column: key, message: cellMessages.nestedValue });
    cells[key] = cell ?? null;
  }
  return cellIssues.length ? { rowNumber, cells, cellIssues } : { rowNumber, cells };
}

/** Scalars pass through; a list of scalars (errorCategories as an array) becomes "a;b". */
function jsonCell(raw: unknown): CellValue | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  if (Array.isArray(raw) && raw.every((item) => typeof item === "string" || typeof item === "number")) {
    return raw.join(";");
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
