import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ENTERPRISE_COLUMNS } from "@/lib/validations/enterprise";
import { exportCsv, exportXlsx } from "./serialize";
import { generateRecords, makeRecord, SAMPLE_RECORDS } from "@/tests/support/survey-records";
import { previewImport } from "./file-preview";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes); // drops the BOM

describe("exportCsv", () => {
  const bytes = exportCsv(SAMPLE_RECORDS);
  const csv = text(bytes);

  it("writes UTF-8 with BOM, CRLF line ends and the Chinese header row", () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split("\r\n")[0]).toBe(ENTERPRISE_COLUMNS.map((column) => column.header).join(","));
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes labels, 是/否, decimals and ;-joined lists", () => {
    const firstRow = csv.split("\r\n")[1];
    expect(firstRow).toBe(
      "TJ-01,天津银行API平台,河西区,金融,微服务网关型,1.21,24,3,是,否,银河麒麟 V10,飞腾（FT-2000/4、S2500 等，ARM64）," +
        "TLS 1.3 + SM2/SM3/SM4 双模,核心,0.92,0.86,0.78,本地化运维响应时效,是,否,14,自动化裁剪流水线,1,选型成功,,是,",
    );
    expect(csv).toContain("叶节点样本过少;使用伪相关变量（如行政区划代码）");
  });

  it("quotes per RFC 4180 and escapes formula-looking text with a leading '", () => {
    expect(csv).toContain('"中汽研车联网, ""数据中台"""');
    expect(csv).toContain("\"叶节点样本过少；\n第二行备注，含逗号, 和 \"\"引号\"\"\"");
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
    expect(csv).toContain("''瑞易通'跨境支付");
    expect(csv).toContain("'-先评审后裁剪\t（制表符）");
  });
});

describe("exportXlsx", () => {
  it("writes one sheet named 调研数据 with the same layout", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await exportXlsx([makeRecord()])) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("调研数据");
    expect(sheet.getRow(1).getCell(3).value).toBe("所在区");
    expect(sheet.getRow(2).getCell(15).value).toBe(0.92);
  });
});

describe("round trip: export → import reports zero changes", () => {
  const records = [...SAMPLE_RECORDS, ...generateRecords(50)];

  it("through CSV", async () => {
    const preview = await previewImport(exportCsv(records), records);
    expect(preview.rows.flatMap((row) => row.errors)).toEqual([]);
    expect(preview.plan.counts).toEqual({ new: 0, update: 0, unchanged: records.length, error: 0, total: records.length });
  });

  it("through XLSX, with a chosen sheet name", async () => {
    const bytes = await exportXlsx(records, { sheetName: "天津调研2024" });
    const preview = await previewImport(bytes, records, { sheet: "天津调研2024" });
    expect(preview.rows.flatMap((row) => row.errors)).toEqual([]);
    expect(preview.plan.counts).toMatchObject({ unchanged: records.length, update: 0, new: 0 });
  });

  it("into an empty database: every record is new and comes back identical", async () => {
    const preview = await previewImport(exportCsv(SAMPLE_RECORDS), []);
    expect(preview.plan.rows.map((row) => (row.status === "new" ? row.record : row.status))).toEqual(SAMPLE_RECORDS);
  });
});
