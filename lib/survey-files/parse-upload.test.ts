import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ImportFileError } from "./file-errors";
import { MAX_UPLOAD_BYTES, parseUpload } from "./parse-upload";

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => utf8("\uFEFF" + text);

const CSV = "企业编号,企业名称,所在区\r\nTJ-01,天津银行API平台,滨海新区\r\nTJ-02,\"中汽研, 车联网\",西青区\r\n";

async function xlsx(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function fileError(promise: Promise<unknown>): Promise<ImportFileError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

describe("parseUpload: CSV encodings", () => {
  it("reads BOM-less UTF-8", async () => {
    const parsed = await parseUpload(utf8(CSV));
    expect(parsed).toMatchObject({ format: "csv", encoding: "utf-8", headers: ["企业编号", "企业名称", "所在区"] });
    expect(parsed.rows[1]?.cells).toEqual({ 企业编号: "TJ-02", 企业名称: "中汽研, 车联网", 所在区: "西青区" });
  });

  it("reads UTF-8 with BOM and keeps the BOM out of the first header", async () => {
    const parsed = await parseUpload(withBom(CSV));
    expect(parsed.encoding).toBe("utf-8-bom");
    expect(parsed.headers[0]).toBe("企业编号");
  });

  it("reads GBK as Excel writes it on Chinese Windows, including €", async () => {
    const text = CSV.replace("天津银行API平台", "天津银行€结算平台");
    const parsed = await parseUpload(iconv.encode(text, "gbk"));
    expect(parsed.encoding).toBe("gb18030");
    expect(parsed.rows[0]?.cells["企业名称"]).toBe("天津银行€结算平台");
    expect(parsed.rows[1]?.cells["所在区"]).toBe("西青区");
  });

  it("reads GB18030 with a character outside GBK (𠀀, four bytes)", async () => {
    const text = CSV.replace("天津银行API平台", "𠀀科技");
    const bytes = iconv.encode(text, "gb18030");
    expect(iconv.encode("𠀀", "gbk").toString()).toBe("?"); // really not in GBK
    const parsed = await parseUpload(bytes);
    expect(parsed.rows[0]?.cells["企业名称"]).toBe("𠀀科技");
  });

  it("reads UTF-16LE (Excel's 'Unicode text', tab-separated)", async () => {
    const text = CSV.replace(/,/g, "\t").replace('"中汽研\t 车联网"', "中汽研");
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    const parsed = await parseUpload(bytes);
    expect(parsed.encoding).toBe("utf-16le");
    expect(parsed.rows[1]?.cells["企业名称"]).toBe("中汽研");
  });
});

describe("parseUpload: CSV structure", () => {
  it("keeps quoted commas, quotes and newlines; counts rows as Excel shows them", async () => {
    const text = '企业编号,备注\nTJ-01,"第一行\r\n第二行, 含 ""引号"""\n\nTJ-02,x\n,\n';
    const parsed = await parseUpload(utf8(text));
    expect(parsed.rows.map((row) => row.rowNumber)).toEqual([2, 4]); // blank line 3 still counts
    expect(parsed.rows[0]?.cells["备注"]).toBe('第一行\r\n第二行, 含 "引号"');
  });

  it("detects semicolon and tab delimiters from the header line", async () => {
    const semicolon = await parseUpload(utf8("企业编号;备注\nTJ-01;甲,乙\n"));
    expect(semicolon.rows[0]?.cells).toEqual({ 企业编号: "TJ-01", 备注: "甲,乙" });
    const tab = await parseUpload(utf8("企业编号\t备注\nTJ-01\t甲;乙\n"));
    expect(tab.rows[0]?.cells).toEqual({ 企业编号: "TJ-01", 备注: "甲;乙" });
  });

  it("drops columns without a header and trims headers", async () => {
    const parsed = await parseUpload(utf8(" 企业编号 ,,备注,\nTJ-01,x,y,z\n"));
    expect(parsed.headers).toEqual(["企业编号", "备注"]);
    expect(parsed.rows[0]?.cells).toEqual({ 企业编号: "TJ-01", 备注: "y" });
  });

  it("rejects a repeated header and an unclosed quote", async () => {
    expect((await fileError(parseUpload(utf8("备注,备注\n1,2\n")))).code).toBe("duplicate-header");
    const unclosed = await fileError(parseUpload(utf8('企业编号,备注\nTJ-01,"没有闭合\nTJ-02,x\n')));
    expect(unclosed.code).toBe("invalid-csv");
    expect(unclosed.message).toContain("第 2 行");
  });
});

describe("parseUpload: XLSX", () => {
  const sheets = {
    说明: [["本工作簿用于导入"]],
    调研数据: [
      ["企业编号", "企业名称", "信创适配度"],
      ["TJ-01", "天津银行API平台", 0.92],
    ],
  };

  it("reads the first sheet by default and lists every sheet", async () => {
    const parsed = await parseUpload(await xlsx(sheets));
    expect(parsed).toMatchObject({ format: "xlsx", sheets: ["说明", "调研数据"], sheetUsed: "说明" });
  });

  it("reads a sheet chosen by its Chinese name", async () => {
    const parsed = await parseUpload(await xlsx(sheets), { sheet: "调研数据" });
    expect(parsed.sheetUsed).toBe("调研数据");
    expect(parsed.rows).toEqual([{ rowNumber: 2, cells: { 企业编号: "TJ-01", 企业名称: "天津银行API平台", 信创适配度: 0.92 } }]);
  });

  it("names the available sheets when the chosen one does not exist", async () => {
    const error = await fileError(parseUpload(await xlsx(sheets), { sheet: "Sheet1" }));
    expect(error.code).toBe("unknown-sheet");
    expect(error.details.sheets).toEqual(["说明", "调研数据"]);
    expect(error.message).toContain("「调研数据」");
  });

  it("reads rich text and formula results; a formula without result is a cell issue", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("调研数据");
    sheet.addRow(["企业编号", "企业名称", "Go团队人数", "备注"]);
    sheet.addRow(["TJ-01", { richText: [{ text: "天津" }, { text: "银行", font: { bold: true } }] }, { formula: "10+14", result: 24 }, null]);
    sheet.addRow(["TJ-02", "乙", { formula: "A1*2" }, { formula: "1/0", result: { error: "#DIV/0!" } }]);
    const parsed = await parseUpload(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(parsed.rows[0]?.cells).toMatchObject({ 企业名称: "天津银行", Go团队人数: 24 });
    expect(parsed.rows[1]?.cellIssues).toEqual([
      { column: "Go团队人数", message: expect.stringContaining("公式没有缓存结果") },
      { column: "备注", message: expect.stringContaining("#DIV/0!") },
    ]);
  });

  it("rejects an empty sheet, a ZIP that is not a workbook and a legacy .xls", async () => {
    expect((await fileError(parseUpload(await xlsx({ 空表: [] })))).code).toBe("empty-file");
    const notWorkbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    expect((await fileError(parseUpload(notWorkbook))).code).toBe("invalid-xlsx");
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await fileError(parseUpload(ole, { fileName: "旧版.xls" }))).code).toBe("unsupported-format");
  });
});

describe("parseUpload: JSON", () => {
  it("reads an array of objects, keys in order of first appearance", async () => {
    const parsed = await parseUpload(utf8(JSON.stringify([{ code: "TJ-01", label: "甲" }, { code: "TJ-02", note: "乙" }])));
    expect(parsed).toMatchObject({ format: "json", headers: ["code", "label", "note"] });
    expect(parsed.rows[1]).toEqual({ rowNumber: 2, cells: { code: "TJ-02", note: "乙" } });
  });

  it("reads { enterprises: [...] } and joins a list of scalars", async () => {
    const body = { enterprises: [{ code: "TJ-01", errorCategories: ["tiny-leaf", "overconfident"], extra: { a: 1 } }] };
    const parsed = await parseUpload(utf8(`  \n${JSON.stringify(body)}`));
    expect(parsed.rows[0]?.cells).toEqual({ code: "TJ-01", errorCategories: "tiny-leaf;overconfident", extra: null });
    expect(parsed.rows[0]?.cellIssues).toEqual([{ column: "extra", message: expect.any(String) }]);
  });

  it("rejects JSON of another shape", async () => {
    expect((await fileError(parseUpload(utf8('{"data": []}')))).code).toBe("invalid-json");
  });
});

describe("parseUpload: detection and limits", () => {
  it("detects by content: a CSV named .xlsx and an XLSX named .csv", async () => {
    expect((await parseUpload(utf8(CSV), { fileName: "调研.xlsx" })).format).toBe("csv");
    const workbook = await xlsx({ 调研数据: [["企业编号"], ["TJ-01"]] });
    expect((await parseUpload(workbook, { fileName: "调研.csv" })).format).toBe("xlsx");
  });

  it("reads text starting with [ that is not JSON as CSV", async () => {
    const parsed = await parseUpload(utf8("[编号],备注\nTJ-01,x\n"));
    expect(parsed).toMatchObject({ format: "csv", headers: ["[编号]", "备注"] });
  });

  it("rejects a file over 10 MB before reading it", async () => {
    const error = await fileError(parseUpload(new Uint8Array(MAX_UPLOAD_BYTES + 1)));
    expect(error).toMatchObject({ code: "file-too-large", status: 413, details: { limit: MAX_UPLOAD_BYTES } });
  });

  it("rejects an empty or blank file", async () => {
    expect((await fileError(parseUpload(new Uint8Array(0)))).code).toBe("empty-file");
    expect((await fileError(parseUpload(withBom(" \r\n \r\n")))).code).toBe("empty-file");
  });

  it("returns no rows for a header-only file", async () => {
    expect((await parseUpload(utf8("企业编号,企业名称\r\n"))).rows).toEqual([]);
  });
});
