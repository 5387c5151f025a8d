/**
 * CSV text → keyed rows. Our own RFC 4180 reader rather than a library's, because admins edit the
 * exported CSV (CRLF) in other editors and append lines ending in LF (or CR, from old Mac tools):
 * every one of CRLF, LF and CR ends a record, wherever it occurs, while the same characters inside
 * a quoted cell are kept as written. A reader that guesses one line ending for the whole file
 * glues the other lines into the last cell of a row, and they vanish without an error.
 *
 * Records go to the TableBuilder as they are read, so the full grid never exists in memory; cells
 * past MAX_COLUMNS are counted, not kept, so even a row of a million commas costs nothing.
 */
import { ImportFileError } from "./file-errors";
import { fileMessages, limitMessages } from "./file-messages";
import { MAX_CELL_CHARS, MAX_COLUMNS } from "./limits";
import { isBlankCell, TableBuilder, type GridRow } from "./table";
import type { ParsedUpload, TextEncodingName } from "./types";

const CANDIDATE_DELIMITERS = [",", ";", "\t"] as const;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

const cellTooLong = (rowNumber: number) =>
  new ImportFileError("file-too-complex", limitMessages.cellTooLong(rowNumber, MAX_CELL_CHARS), { limit: MAX_CELL_CHARS });

export function parseCsv(text: string, encoding: TextEncodingName, maxRows?: number): ParsedUpload {
  const table = new TableBuilder({ requireAllCells: true, maxRows });
  let nonBlankRecords = 0;
  readRecords(text, guessDelimiter(text), (record) => {
    if (record.valuedWidth > 0) nonBlankRecords++;
    table.add(record);
  });
  const { warnings, ...keyed } = table.result();
  // The header is the first non-blank record; every later one is a data line.
  const dataLines = Math.max(0, nonBlankRecords - 1);
  return { format: "csv", encoding, ...keyed, dataLines, ...(warnings.length ? { warnings } : {}) };
}

/**
 * Calls `onRecord` for each record, numbered as a spreadsheet shows it: one number per record,
 * blank lines included; a quoted cell's line breaks belong to its record.
 */
function readRecords(text: string, delimiter: string, onRecord: (record: GridRow) => void): void {
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let rowNumber = 1;
  let values: string[] = [];
  let width = 0;
  let valuedWidth = 0;
  let position = 0;
  /** Where the unquoted text from `from` ends: the next delimiter, line break or the end. */
  const fieldEnd = (from: number) => {
    let end = from;
    while (end < length) {
      const code = text.charCodeAt(end);
      if (code === separator || code === LF || code === CR) break;
      end++;
    }
    return end;
  };
  for (;;) {
    let value: string;
    if (text.charCodeAt(position) === QUOTE) {
      const closed = readQuoted(text, position + 1, rowNumber);
      // Text between the closing quote and the delimiter is kept, as Excel does: "a"b → ab.
      const end = fieldEnd(closed.next);
      value = end > closed.next ? closed.value + text.slice(closed.next, end) : closed.value;
      position = end;
    } else {
      const end = fieldEnd(position);
      value = text.slice(position, end);
      position = end;
    }
    if (value.length > MAX_CELL_CHARS) throw cellTooLong(rowNumber);
    if (width < MAX_COLUMNS) values.push(value);
    width++;
    if (!isBlankCell(value)) valuedWidth = width;

    const code = position < length ? text.charCodeAt(position) : -1;
    if (code === separator) {
      position++;
      continue;
    }
    onRecord({ rowNumber, values, width, valuedWidth });
    if (code === -1) return;
    position += code === CR && text.charCodeAt(position + 1) === LF ? 2 : 1;
    // A line break at the very end closes the last record; it does not open an empty one.
    if (position >= length) return;
    rowNumber++;
    values = [];
    width = 0;
    valuedWidth = 0;
  }
}

/** A quoted cell from just after its opening quote: `""` is one quote; line breaks are kept. */
function readQuoted(text: string, start: number, rowNumber: number): { value: string; next: number } {
  let value = "";
  let from = start;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) throw new ImportFileError("invalid-csv", fileMessages.unclosedQuote(rowNumber));
    if (text.charCodeAt(quote + 1) !== QUOTE) return { value: value + text.slice(from, quote), next: quote + 1 };
    value += text.slice(from, quote + 1);
    from = quote + 2;
    if (value.length > MAX_CELL_CHARS) throw cellTooLong(rowNumber);
  }
}

/**
 * The header line decides: our headers never contain delimiters, while data cells (Chinese notes
 * with commas) can fool a whole-sample guess. The line ends at the first CR or LF.
 */
export function guessDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const firstLine = end === -1 ? text : text.slice(0, end);
  let best: string = ",";
  let bestCount = 0;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}
