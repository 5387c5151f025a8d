/**
 * The public table's export as a byte stream: batches of records in, CSV or XLSX out, a batch at a
 * time, so that 100,000 matching records never sit in memory as one file. The cells are the
 * table's (lib/survey/csv.ts); the workbook is written by ExcelJS's streaming WorkbookWriter,
 * which commits each row to the zip as it is added.
 */
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { EnterpriseField, EnterpriseRecord } from "@/lib/validations/enterprise";
import { UTF8_BOM, csvLine, enterpriseCells, enterpriseHeaders, escapeFormula } from "./csv";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
const SHEET_NAME = "调研企业";

type Batches = AsyncIterable<readonly EnterpriseRecord[]>;

/** CSV: the BOM and header first, then one chunk per batch, pulled as the client reads. */
export function enterpriseCsvStream(batches: Batches, fields: readonly EnterpriseField[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvLine(enterpriseHeaders(fields))));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map((record) => csvLine(enterpriseCells(record, fields))).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** XLSX: rows written to the zip as they come; a failure mid-way ends the stream with an error. */
export function enterpriseXlsxStream(batches: Batches, fields: readonly EnterpriseField[]): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  void writeWorkbook(batches, fields, output).catch((error: unknown) => output.destroy(error as Error));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

async function writeWorkbook(batches: Batches, fields: readonly EnterpriseField[], output: PassThrough) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = enterpriseHeaders(fields).map((header, index) => ({
    header,
    key: fields[index],
    width: Math.max(10, header.length * 2 + 2),
  }));
  for await (const batch of batches) {
    for (const record of batch) {
      sheet.addRow(enterpriseCells(record, fields).map((cell) => (typeof cell === "string" ? escapeFormula(cell) : cell))).commit();
    }
    if (output.destroyed) return; // the client went away: stop reading the database
    // let the zip drain before the next batch is read
    if (output.writableNeedDrain) {
      await new Promise((resolve) => {
        output.once("drain", resolve);
        output.once("close", resolve);
      });
    }
  }
  if (output.destroyed) return;
  sheet.commit();
  await workbook.commit();
}
