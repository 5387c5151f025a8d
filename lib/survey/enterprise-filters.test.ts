import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadShippedData } from "@/lib/db/shipped-data";
import { enterpriseFiltersSchema, filterEnterprises, searchParamsObject } from "./enterprise-filters";
import { fieldText, fieldValue, searchText } from "./enterprise-fields";

const { enterprises } = loadShippedData(path.resolve(__dirname, "..", ".."));
const parse = (query: string) => enterpriseFiltersSchema.safeParse(searchParamsObject(new URLSearchParams(query)));

describe("enterprise filters", () => {
  it("accepts no filter and known values", () => {
    expect(parse("").success).toBe(true);
    const result = parse("district=binhai&outcome=counter-example");
    expect(result.success).toBe(true);
    if (result.success) {
      const rows = filterEnterprises(enterprises, result.data);
      expect(rows.map((r) => r.code)).toEqual(["TJ-03", "TJ-27", "TJ-35"]);
    }
  });

  it("refuses an unknown value, a repeated parameter and an unknown parameter, in Chinese", () => {
    const unknown = parse("district=shanghai");
    expect(unknown.success).toBe(false);
    if (!unknown.success) {
      expect(unknown.error.issues[0]!.path).toEqual(["district"]);
      expect(unknown.error.issues[0]!.message).toMatch(/^未知的所在区：shanghai/);
    }
    expect(parse("industry=finance&industry=government").success).toBe(false);
    const extra = parse("distrct=binhai");
    expect(extra.success).toBe(false);
    if (!extra.success) expect(extra.error.issues[0]!.message).toBe("不支持的查询参数：distrct");
  });
});

describe("enterprise fields in Chinese", () => {
  const tj01 = enterprises.find((r) => r.code === "TJ-01")!;
  const tj07 = enterprises.find((r) => r.code === "TJ-07")!;

  it("labels enumerations, booleans, lists; keeps numbers; says when unanswered", () => {
    expect(fieldValue(tj01, "district")).toBe("滨海新区");
    expect(fieldValue(tj01, "hardXinchuang")).toBe("是");
    expect(fieldValue(tj01, "adaptationDays")).toBe(14);
    expect(fieldText(tj01, "historicalCombination")).toBe("组合 #3");
    expect(fieldText(tj01, "errorCategories")).toBe("—");
    expect(fieldValue(tj07, "errorCategories")).toBe("使用伪相关变量（如行政区划代码）；叶节点样本过少（< 5）");
    expect(fieldText({ ...tj01, goVersion: null }, "goVersion")).toBe("未作答");
  });

  it("searches through labels, not only codes", () => {
    expect(searchText(tj01)).toContain("天津银行api平台");
    expect(searchText(tj01)).toContain("滨海新区");
  });
});
