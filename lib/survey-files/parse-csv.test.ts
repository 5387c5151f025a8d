/**
 * Every data line of a CSV is accounted for: mixed CRLF/LF/CR line ends (an export edited in
 * another editor) read as rows, also around and inside quoted cells; a row whose cell count differs
 * from the header's is a row error; the file's data lines and the rows read are reported and match.
 */
import { describe, expect, it } from "vitest";
import { generateRecords } from "@/tests/support/survey-records";
import { previewImport } from "./file-preview";
import { ImportFileError } from "./file-errors";
import { MAX_CELL_CHARS, MAX_COLUMNS } from "./limits";
import { parseUpload } from "./parse-upload";
import { exportCsv, EXPORT_HEADERS } from "./serialize";

const utf8 = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The export's last data line with cells replaced by position (its cells hold no ASCII comma). */
function appendedRow(exported: string, changes: Record<number, string>): string {
  const lines = exported.trimEnd().split("\r\n");
  const cells = lines[lines.length - 1]!.split(",");
  for (const [index, value] of Object.entries(changes)) cells[Number(index)] = value;
  return cells.join(",");
}

async function fileError(promise: Promise<unknown>): Promise<ImportFileError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

describe("CSV line endings", () => {
  it("previews rows appended with LF to a CRLF export: every row read, the bad one flagged", async () => {
    const records = generateRecords(5).map((record) => ({ ...record, note: null }));
    const exported = decode(exportCsv(records));
    const good = appendedRow(exported, { 0: "TJ-901", 1: "追加企业一" });
    const bad = appendedRow(exported, { 0: "TJ-902", 1: "追加企业二", 2: "火星区" });
    const third = appendedRow(exported, { 0: "TJ-903", 1: "追加企业三" });
    const file = utf8(`${exported}${good}\n${bad}\n${third}\n`);

    const preview = await previewImport(file, []);
    expect(preview.file).toMatchObject({ rowCount: 8, dataLines: 8 });
    expect(preview.plan.counts).toMatchObject({ new: 7, error: 1, total: 8 });
    expect(preview.rows.find((row) => row.rowNumber === 8)?.errors).toEqual([
      expect.objectContaining({ column: "所在区", message: expect.stringContaining("火星区") }),
    ]);
  });

  it("reads CRLF, LF and CR line ends in one file, with the row numbers a spreadsheet shows", async () => {
    const parsed = await parseUpload(utf8("企业编号,备注\r\nTJ-01,a\nTJ-02,b\rTJ-03,c\r\n\nTJ-04,d"));
    expect(parsed.rows.map((row) => [row.rowNumber, row.cells["企业编号"]])).toEqual([
      [2, "TJ-01"],
      [3, "TJ-02"],
      [4, "TJ-03"],
      [6, "TJ-04"],
    ]);
    expect(parsed).toMatchObject({ dataLines: 4 });
  });

  it("keeps every kind of line break inside quoted cells as written", async () => {
    const parsed = await parseUpload(utf8('企业编号,备注\nTJ-01,"一\r\n二\n三\r四"\rTJ-02,"末尾""引号"""\r\n'));
    expect(parsed.rows.map((row) => row.cells["备注"])).toEqual(["一\r\n二\n三\r四", '末尾"引号"']);
    expect(parsed.rows.map((row) => row.rowNumber)).toEqual([2, 3]);
  });

  it("names the row of an unclosed quote after mixed line ends", async () => {
    const error = await fileError(parseUpload(utf8('企业编号,备注\nTJ-01,a\rTJ-02,"没有闭合\r\nTJ-03,x\n')));
    expect(error.code).toBe("invalid-csv");
    expect(error.message).toContain("第 3 行");
  });
});

describe("CSV rows whose cell count differs from the header's", () => {
  it("makes one cell more than the header a row error", async () => {
    const parsed = await parseUpload(utf8("企业编号,企业名称,所在区\nTJ-01,甲,和平区\nTJ-02,乙,和平区,多余\n"));
    expect(parsed.rows[0]?.cellIssues).toBeUndefined();
    expect(parsed.rows[1]?.cellIssues).toEqual([{ column: "", message: expect.stringContaining("比表头多 1 个") }]);
  });

  it("makes a row with fewer cells than the header a row error", async () => {
    const parsed = await parseUpload(utf8("企业编号,企业名称,所在区\nTJ-01,甲\n"));
    expect(parsed.rows[0]?.cellIssues).toEqual([{ column: "", message: expect.stringContaining("只有 2 个单元格") }]);
  });

  it("ignores extra empty cells at the end of a row, with one warning for the file", async () => {
    const parsed = await parseUpload(utf8("企业编号,企业名称\nTJ-01,甲,,\nTJ-02,乙,\nTJ-03,丙\n"));
    expect(parsed.rows.every((row) => row.cellIssues === undefined)).toBe(true);
    expect(parsed.warnings).toEqual([expect.stringContaining("2 行")]);
  });

  it("reports the extra cells through the preview as errors of their rows", async () => {
    const exported = decode(exportCsv(generateRecords(3)));
    const lines = exported.trimEnd().split("\r\n");
    lines[2] = `${lines[2]},多出来的`;
    const preview = await previewImport(utf8(lines.join("\r\n")), []);
    expect(preview.plan.counts).toMatchObject({ error: 1, total: 3 });
    expect(preview.rows[1]?.errors).toEqual([{ column: "", field: null, message: expect.stringContaining(`表头有 ${EXPORT_HEADERS.length} 列`) }]);
  });
});

describe("CSV caps", () => {
  it(`refuses a header of more than ${MAX_COLUMNS} columns`, async () => {
    const header = Array.from({ length: MAX_COLUMNS + 1 }, (_, index) => `列${index}`).join(",");
    expect((await fileError(parseUpload(utf8(`${header}\n1\n`)))).code).toBe("file-too-complex");
  });

  it("keeps a row of a million cells to a row error, without storing them", async () => {
    const parsed = await parseUpload(utf8(`企业编号,备注\nTJ-01,${",x".repeat(1_000_000)}\n`));
    expect(parsed.rows[0]?.cellIssues?.[0]?.message).toContain("1000002 个单元格");
  });

  it("refuses a cell longer than Excel allows, naming its row", async () => {
    const error = await fileError(parseUpload(utf8(`企业编号,备注\nTJ-01,ok\nTJ-02,"${"长".repeat(MAX_CELL_CHARS + 1)}"\n`)));
    expect(error).toMatchObject({ code: "file-too-complex", status: 413 });
    expect(error.message).toContain("第 3 行");
  });
});
