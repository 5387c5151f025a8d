/**
 * The XLSX reader within bounds: packages that inflate far beyond their size are refused before
 * (or while) inflating, with `file-too-complex`; a large honest sheet still reads; rows, cells per
 * row and cell length have caps. The packages are generated here, streamed (tests/support).
 */
import { describe, expect, it } from "vitest";
import { lyingZipBomb, repeatedRows, rowsOfSize, rowXml, streamedWorkbook, withHeader, zipBomb } from "@/tests/support/xlsx-files";
import { ImportFileError } from "./file-errors";
import { MAX_CELL_CHARS, MAX_DATA_ROWS, MAX_UPLOAD_BYTES } from "./limits";
import { parseUpload } from "./parse-upload";

const MB = 1024 * 1024;

async function fileError(promise: Promise<unknown>): Promise<ImportFileError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

async function timedRefusal(bytes: Uint8Array): Promise<{ error: ImportFileError; ms: number }> {
  const started = performance.now();
  const error = await fileError(parseUpload(bytes));
  return { error, ms: performance.now() - started };
}

describe("XLSX: packages that inflate beyond the caps", () => {
  it("refuses a 4 MB upload whose sheet inflates to 500 MB, from the sizes it declares, at once", async () => {
    const bomb = await zipBomb();
    expect(bomb.byteLength).toBeLessThan(MAX_UPLOAD_BYTES);
    const { error, ms } = await timedRefusal(bomb);
    expect(error).toMatchObject({ code: "file-too-complex", status: 413 });
    expect(error.message).toContain("解压后");
    expect(ms).toBeLessThan(2_000);
  }, 60_000);

  it("refuses a package that declares a small sheet but inflates to more, while inflating", async () => {
    const { error, ms } = await timedRefusal(await lyingZipBomb());
    expect(error).toMatchObject({ code: "file-too-complex", status: 413 });
    expect(error.message).toContain("声明");
    expect(ms).toBeLessThan(2_000);
  }, 60_000);

  it("refuses a sheet compressed more than 100:1 even under the size cap", async () => {
    const dense = await streamedWorkbook(withHeader(repeatedRows(60 * MB)));
    expect(dense.byteLength).toBeLessThan(MB);
    const { error } = await timedRefusal(dense);
    expect(error).toMatchObject({ code: "file-too-complex" });
    expect(error.message).toContain("压缩比");
  }, 60_000);

  it("reads a large honest sheet (20 MB of XML, ~22k rows of 27 cells) and counts every row", async () => {
    const header = Array.from({ length: 27 }, (_, index) => `列${index + 1}`);
    function* rows() {
      yield rowXml(1, header);
      yield* rowsOfSize(20 * MB);
    }
    const parsed = await parseUpload(await streamedWorkbook(rows()));
    expect(parsed.format).toBe("xlsx");
    expect(parsed.rows.length).toBeGreaterThan(20_000);
    expect(parsed.dataLines).toBe(parsed.rows.length);
    expect(parsed.rows[0]).toMatchObject({ rowNumber: 2, cells: { 列1: 2, 列2: "值2-1", 列27: "值2-26" } });
    expect(parsed.rows.some((row) => row.cellIssues)).toBe(false);
  }, 60_000);
});

describe("XLSX: caps on rows, cells and cell length", () => {
  it(`refuses more than ${MAX_DATA_ROWS} data rows`, async () => {
    function* rows() {
      for (let row = 2; row <= MAX_DATA_ROWS + 2; row++) yield `<row r="${row}"><c><v>${row}</v></c></row>`;
    }
    const error = await fileError(parseUpload(await streamedWorkbook(withHeader(rows()))));
    expect(error.code).toBe("file-too-complex");
    expect(error.message).toContain(String(MAX_DATA_ROWS));
  }, 60_000);

  it("refuses a cell longer than Excel allows, naming its row", async () => {
    const long = "长".repeat(MAX_CELL_CHARS + 1);
    const error = await fileError(parseUpload(await streamedWorkbook(withHeader([rowXml(2, ["TJ-01", long])]))));
    expect(error.code).toBe("file-too-complex");
    expect(error.message).toContain("第 2 行");
  });

  it("refuses a row with more cells than a worksheet has columns", async () => {
    const wide = `<row r="2">${"<c><v>1</v></c>".repeat(16_385)}</row>`;
    const error = await fileError(parseUpload(await streamedWorkbook(withHeader([wide]))));
    expect(error.code).toBe("file-too-complex");
    expect(error.message).toContain("第 2 行");
  });

  it("counts cells past the column cap: a too-wide header is refused, a far value is a row error", async () => {
    const wideHeader = `<row r="1">${Array.from({ length: 250 }, (_, i) => `<c t="inlineStr"><is><t>列${i}</t></is></c>`).join("")}</row>`;
    expect((await fileError(parseUpload(await streamedWorkbook([wideHeader])))).code).toBe("file-too-complex");
    // One value far to the right (column 300, past the 200 kept) is still a value past the header.
    const far = `<row r="2"><c t="inlineStr"><is><t>TJ-01</t></is></c><c r="KN2" t="inlineStr"><is><t>多余</t></is></c></row>`;
    const parsed = await parseUpload(await streamedWorkbook(withHeader([far])));
    expect(parsed.rows[0]?.cellIssues).toEqual([{ column: "", message: expect.stringContaining("比表头多") }]);
  });

  it("makes a value beyond the header's last column a row error", async () => {
    const parsed = await parseUpload(await streamedWorkbook(withHeader([rowXml(2, ["TJ-01", "甲", "和平区", "多余"])])));
    expect(parsed.rows[0]?.cellIssues).toEqual([{ column: "", message: expect.stringContaining("比表头多") }]);
  });
});
