/**
 * Which row errors a preview lists. A file where every row is wrong (the wrong export, a shifted
 * column) would otherwise make tens of thousands of messages: megabytes in the answer and the
 * server's memory, and nothing an admin reads past the first screen. So the rows are listed in
 * file order, whole, until MAX_LISTED_ROW_ERRORS errors; later error rows keep only their count,
 * and every error is still counted, in all and by column, so the summary stays exact.
 */
import { MAX_LISTED_ROW_ERRORS } from "./limits";
import type { RowProblem } from "./types";

export interface ErrorSummary {
  /** Row errors in the file, listed or not. */
  total: number;
  listed: number;
  /** Rows with at least one error, and those of them whose errors are listed. */
  rows: number;
  listedRows: number;
  /** Errors per column header ("" for whole-row problems), most first. */
  byColumn: { column: string; count: number }[];
}

export class RowErrorListing {
  private total = 0;
  private listed = 0;
  private rows = 0;
  private listedRows = 0;
  private full = false;
  private readonly byColumn = new Map<string, number>();

  constructor(private readonly limit = MAX_LISTED_ROW_ERRORS) {}

  /** Counts a row's errors; false when they are not to be listed (the listing is full). */
  admit(errors: readonly RowProblem[]): boolean {
    if (errors.length === 0) return true;
    this.total += errors.length;
    this.rows++;
    for (const { column } of errors) this.byColumn.set(column, (this.byColumn.get(column) ?? 0) + 1);
    // The first error row is always listed, however many errors it has.
    if (this.listed > 0 && this.listed + errors.length > this.limit) this.full = true;
    if (this.full) return false;
    this.listed += errors.length;
    this.listedRows++;
    return true;
  }

  summary(): ErrorSummary {
    const byColumn = [...this.byColumn].map(([column, count]) => ({ column, count })).sort((a, b) => b.count - a.count);
    return { total: this.total, listed: this.listed, rows: this.rows, listedRows: this.listedRows, byColumn };
  }
}
