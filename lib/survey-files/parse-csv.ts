/**
 * CSV text → keyed rows, with papaparse doing the RFC 4180 work (quotes, embedded newlines).
 * Rows are keyed as papaparse yields them (`step`), so its full grid never exists in memory.
 */
import Papa from "papaparse";
import { ImportFileError } from "./file-errors";
import { fileMessages } from "./file-messages";
import { TableBuilder } from "./table";
import type { ParsedUpload, TextEncodingName } from "./types";

const CANDIDATE_DELIMITERS = [",", ";", "\t"] as const;

export function parseCsv(text: string, encoding: TextEncodingName): ParsedUpload {
  const table = new TableBuilder();
  let rowNumber = 0; // a quoted multi-line cell is one record, i.e. one spreadsheet row
  let unclosedQuoteRow: number | undefined;
  Papa.parse<string[]>(text, {
    header: false,
    // Blank lines are kept (and skipped by the builder) so row numbers match what Excel shows.
    skipEmptyLines: false,
    delimiter: guessDelimiter(text),
    step: (result, parser) => {
      rowNumber++;
      if (result.errors.some((error) => error.code === "MissingQuotes")) {
        unclosedQuoteRow = rowNumber;
        parser.abort();
        return;
      }
      table.add({ rowNumber, values: result.data });
    },
  });
  if (unclosedQuoteRow !== undefined) {
    throw new ImportFileError("invalid-csv", fileMessages.unclosedQuote(unclosedQuoteRow));
  }
  return { format: "csv", encoding, ...table.result() };
}

/**
 * The header line decides: our headers never contain delimiters, while data cells (Chinese notes
 * with commas) can fool papaparse's whole-sample guess.
 */
export function guessDelimiter(text: string): string {
  const newline = text.indexOf("\n");
  const firstLine = newline === -1 ? text : text.slice(0, newline);
  let best: string = ",";
  let bestCount = 0;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}
