import { describe, expect, it } from "vitest";
import { ENTERPRISE_COLUMNS } from "@/lib/validations/enterprise";
import { mapColumns } from "./columns";
import { makeRecord } from "@/tests/support/survey-records";
import { recordToCells } from "./serialize";
import type { CellValue, ParsedRow } from "./types";
import { validateRows } from "./validate";
import { ENUM_VOCABULARIES } from "./vocabulary";

const HEADERS = ENTERPRISE_COLUMNS.map((column) => column.header);
const mapping = mapColumns(HEADERS);

/** A valid row as the export writes it, with some cells replaced (by Chinese header). */
function row(rowNumber: number, changes: Record<string, CellValue> = {}): ParsedRow {
  const cells: Record<string, CellValue> = {};
  recordToCells(makeRecord({ code: `TJ-${rowNumber}0` })).forEach((cell, index) => (cells[HEADERS[index]!] = cell));
  return { rowNumber, cells: { ...cells, ...changes } };
}

const validateOne = (changes: Record<string, CellValue>) => validateRows({ rows: [row(2, changes)] }, mapping)[0]!;

describe("validateRows: reading cells", () => {
  it("turns an exported row back into the record", () => {
    const [result] = validateRows({ rows: [row(2)] }, mapping);
    expect(result).toEqual({ rowNumber: 2, record: makeRecord({ code: "TJ-20" }), errors: [], warnings: [], shown: { code: "TJ-20", label: makeRecord().label } });
  });

  it("accepts enum ids, labels and short labels", () => {
    const record = validateOne({ 所在区: "binhai", 行业: "政务", CPU: "鲲鹏 920", 选型结果: "反例", 错误类别: "tiny-leaf" }).record;
    expect(record).toMatchObject({ district: "binhai", industry: "government", cpu: "kunpeng", outcome: "counter-example" });
    expect(validateOne({ 所在区: "滨海" }).record?.district).toBe("binhai");
  });

  it("accepts the usual spellings of yes/no", () => {
    const yes = ["是", "TRUE", "1", "Y", "✓", 1, true];
    const no = ["否", "false", "0", "n", "✗", 0, false];
    for (const cell of yes) expect(validateOne({ 重构记录: cell }).record?.reconstructed).toBe(true);
    for (const cell of no) expect(validateOne({ 重构记录: cell }).record?.reconstructed).toBe(false);
    expect(validateOne({ 重构记录: "也许" }).errors[0]?.message).toContain("不是是/否");
  });

  it("reads factors as decimals or percentages", () => {
    for (const cell of [0.92, "0.92", "92%", "92 ％", ".92"]) expect(validateOne({ 信创适配度: cell }).record?.xinchuang).toBe(0.92);
    expect(validateOne({ 信创适配度: "92.5%" }).record?.xinchuang).toBe(0.925);
    expect(validateOne({ 信创适配度: "很高" }).errors[0]).toMatchObject({ column: "信创适配度", field: "xinchuang" });
    expect(validateOne({ 信创适配度: 1.5 }).errors[0]?.message).toBe("不能大于 1（100%）");
  });

  it("reads lists with any separator and blanks as empty/false/null", () => {
    const record = validateOne({ 选型结果: "反例", 错误类别: "tiny-leaf；过度自信的预测、 tiny-leaf" }).record;
    expect(record?.errorCategories).toEqual(["tiny-leaf", "overconfident"]);
    const blank = validateOne({ 错误类别: "", 重构记录: " ", 备注: "", "Go 团队人数": null }).record;
    expect(blank).toMatchObject({ errorCategories: [], reconstructed: false, note: null, teamSize: null });
  });

  it("strips one leading apostrophe and trusts the rest as text", () => {
    expect(validateOne({ 备注: "'=SUM(A1)" }).record?.note).toBe("=SUM(A1)");
    expect(validateOne({ 备注: "''引号开头" }).record?.note).toBe("'引号开头");
  });

  it("normalizes the code and warns about a Go version Excel turned into a number", () => {
    expect(validateOne({ 企业编号: " tj-07 " }).record?.code).toBe("TJ-07");
    const result = validateOne({ "Go 版本": 1.2 });
    expect(result.record?.goVersion).toBe("1.2");
    expect(result.warnings).toEqual([{ column: "Go 版本", field: "goVersion", message: expect.stringContaining("1.20") }]);
  });

  it("has a vocabulary for every enum and list column, and no list label contains a separator", () => {
    const enumFields = ENTERPRISE_COLUMNS.filter((column) => column.kind === "enum" || column.kind === "list");
    for (const { key } of enumFields) expect(ENUM_VOCABULARIES[key], key).toBeDefined();
    for (const label of Object.values(ENUM_VOCABULARIES.errorCategories!.labels)) expect(label).not.toMatch(/[;；,，、]/);
  });
});

describe("validateRows: bad rows name the row and the column", () => {
  const problem = (changes: Record<string, CellValue>) => validateOne(changes).errors;

  it("missing code", () => {
    expect(problem({ 企业编号: "" })).toEqual([{ column: "企业编号", field: "code", message: "缺少企业编号" }]);
  });

  it("percent over 100", () => {
    expect(problem({ "Go 熟练度": "120%" })).toEqual([{ column: "Go 熟练度", field: "goProficiency", message: "「120%」超过 100%" }]);
  });

  it("unknown district", () => {
    const [error] = problem({ 所在区: "朝阳区" });
    expect(error).toMatchObject({ column: "所在区", field: "district" });
    expect(error?.message).toContain("不是天津市的区");
  });

  it("formula-looking cells, but not negative numbers", () => {
    for (const cell of ["=1+1", "+86 22", "@SUM(A1)", "-A1", "\t=1", "\r=1", " =1"]) {
      expect(problem({ 企业名称: cell }), JSON.stringify(cell)).toEqual([
        { column: "企业名称", field: "label", message: "疑似公式，已拒绝" },
      ]);
    }
    expect(problem({ "Go 团队人数": "-3" })).toEqual([{ column: "Go 团队人数", field: "teamSize", message: "不能为负数" }]);
  });

  it("decimal team size", () => {
    expect(problem({ "Go 团队人数": "12.5" })).toEqual([{ column: "Go 团队人数", field: "teamSize", message: "「12.5」不是整数" }]);
    expect(problem({ "Go 团队人数": 12.5 })[0]?.message).toBe("「12.5」不是整数");
    expect(validateOne({ "Go 团队人数": "1,200" }).record?.teamSize).toBe(1200);
  });

  it("unknown enum", () => {
    const [error] = problem({ 业务连续性等级: "特级" });
    expect(error).toEqual({ column: "业务连续性等级", field: "tier", message: "「特级」不是有效选项，可填：核心、重要、一般" });
  });

  it("schema rules, in Chinese, on the right column", () => {
    expect(problem({ 企业编号: "07" })).toEqual([{ column: "企业编号", field: "code", message: expect.stringContaining("TJ-数字") }]);
    expect(problem({ 错误类别: "过度自信的预测" })[0]).toMatchObject({ column: "错误类别", message: "只有反例才有错误类别" });
    expect(problem({ 历史技术栈组合: 9 })[0]).toMatchObject({ column: "历史技术栈组合", message: "组合编号为 1–7" });
  });

  it("reports every bad cell of a row at once", () => {
    const errors = problem({ 企业名称: "", 所在区: "朝阳区", "Go 熟练度": "120%" });
    expect(errors.map((error) => error.column)).toEqual(["所在区", "Go 熟练度", "企业名称"]);
  });

  it("duplicate codes: every later occurrence names the first row", () => {
    const rows = [row(2, { 企业编号: "TJ-07" }), row(3), row(5, { 企业编号: "tj-07" }), row(9, { 企业编号: "TJ-07" })];
    const results = validateRows({ rows }, mapping);
    expect(results.map((result) => result.record !== undefined)).toEqual([true, true, false, false]);
    expect(results[3]?.errors).toEqual([{ column: "企业编号", field: "code", message: "企业编号 TJ-07 与第 2 行重复" }]);
  });

  it("keeps the code and name an invalid row was read with, to point the admin at it", () => {
    expect(validateOne({ 企业编号: "tj-x", 所在区: "海淀区" }).shown).toEqual({ code: "TJ-X", label: makeRecord().label });
    expect(validateOne({ 企业编号: "", 企业名称: "  " }).shown).toEqual({ code: null, label: null });
  });

  it("reports cell issues from the reader, but not for ignored columns", () => {
    const unread: ParsedRow = { ...row(4), cellIssues: [{ column: "Go 团队人数", message: "公式没有缓存结果" }, { column: "杂项", message: "x" }] };
    expect(validateRows({ rows: [unread] }, mapping)[0]?.errors).toEqual([
      { column: "Go 团队人数", field: "teamSize", message: "公式没有缓存结果" },
    ]);
  });

  it("uses the file's own header in messages", () => {
    const english = mapColumns(["code", "label", "district", "industry", "architectureType", "outcome"]);
    const cells = { code: "TJ-01", label: "甲", district: "海淀区", industry: "finance", architectureType: "gov-lowcode", outcome: "success" };
    expect(validateRows({ rows: [{ rowNumber: 7, cells }] }, english)[0]?.errors[0]).toMatchObject({ column: "district" });
  });
});

describe("text the database cannot store", () => {
  it("is a row error, in Chinese, for a NUL or a lone surrogate in any text cell", () => {
    const english = mapColumns(["code", "label", "district", "industry", "architectureType", "outcome", "note"]);
    const base = { code: "TJ-01", district: "binhai", industry: "finance", architectureType: "gov-lowcode", outcome: "success" };
    for (const [label, note] of [["甲\u0000乙", "备注"], ["甲", "x\ud800y"]] as const) {
      const [row] = validateRows({ rows: [{ rowNumber: 2, cells: { ...base, label, note } }] }, english);
      expect(row?.errors.map((error) => error.message)).toEqual([expect.stringContaining("无法保存的字符")]);
    }
  });
});

describe("schema messages", () => {
  it("are Chinese, whether the schema wrote them or zod's locale did", () => {
    const english = mapColumns(["code", "label", "district", "industry", "architectureType", "outcome", "teamSize"]);
    const cells = { code: "TJ-01", label: "甲".repeat(500), district: "binhai", industry: "finance", architectureType: "gov-lowcode", outcome: "success", teamSize: "-3" };
    const [row] = validateRows({ rows: [{ rowNumber: 2, cells }] }, english);
    expect(row?.errors.length).toBeGreaterThan(0);
    for (const error of row?.errors ?? []) expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    for (const error of row?.errors ?? []) expect(error.message).not.toMatch(/\b(?:Invalid|expected|Too (?:big|small))\b/);
  });
});
