import { describe, expect, it } from "vitest";
import path from "node:path";
import { loadShippedData } from "@/lib/db/shipped-data";
import { UTF8_BOM, buildCsv, csvField, csvFileName, enterprisesCsv, escapeFormula } from "./csv";

const ROOT = path.resolve(__dirname, "..", "..");

describe("csv builder", () => {
  it("starts with the UTF-8 BOM and ends every record with CRLF", () => {
    const csv = buildCsv(["企业编号", "企业名称"], [["TJ-01", "天津银行API平台"]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe("\uFEFF企业编号,企业名称\r\nTJ-01,天津银行API平台\r\n");
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+86 22 1234", "'+86 22 1234"],
    ["-1+1", "'-1+1"],
    ["@cmd", "'@cmd"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", "'\rCR"],
    ["滨海新区", "滨海新区"],
    ["a=b", "a=b"],
  ])("escapes formula starts: %j → %j", (input, expected) => {
    expect(escapeFormula(input)).toBe(expected);
  });

  it("quotes per RFC 4180: quotes doubled, fields with comma/CR/LF wrapped", () => {
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvField("=HYPERLINK(\"x\",\"y\")")).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvField("\r=1")).toBe("\"'\r=1\"");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(0.92)).toBe("0.92");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(true)).toBe("是");
  });

  it("writes the survey records with Chinese headers and labels, in the requested columns", () => {
    const records = loadShippedData(ROOT).enterprises;
    const csv = enterprisesCsv(records.slice(0, 1), ["code", "label", "district", "outcome", "hardXinchuang", "errorCategories"]);
    expect(csv).toBe("\uFEFF企业编号,企业名称,所在区,选型结果,信创适配深度为刚性约束,错误类别\r\nTJ-01,天津银行API平台,滨海新区,选型成功,是,\r\n");
    const all = enterprisesCsv(records);
    expect(all.split("\r\n")).toHaveLength(records.length + 2);
    expect(all).toContain("使用伪相关变量（如行政区划代码）；叶节点样本过少");
  });

  it("escapes a malicious label in a record", () => {
    const [template] = loadShippedData(ROOT).enterprises;
    const csv = enterprisesCsv([{ ...template!, label: '=cmd|"/c calc"!A1' }], ["code", "label"]);
    expect(csv.split("\r\n")[1]).toBe('TJ-01,"\'=cmd|""/c calc""!A1"');
  });

  it("names the file by the date in China", () => {
    expect(csvFileName(new Date("2026-11-21T17:00:00Z"))).toBe("天津Go调研企业-2026-11-22.csv");
    expect(csvFileName(new Date("2026-11-21T15:59:59Z"), "xlsx")).toBe("天津Go调研企业-2026-11-21.xlsx");
  });
});
