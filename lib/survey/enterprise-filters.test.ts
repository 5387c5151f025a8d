import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadShippedData } from "@/lib/db/shipped-data";
import {
  DEFAULT_COLUMNS,
  compareEnterprises,
  enterpriseExportSchema,
  enterpriseQuerySchema,
  enterpriseViewSchema,
  exportSearchParams,
  matchesEnterpriseQuery,
  pageParamsObject,
  parseEnterpriseView,
  searchParamsObject,
  searchTerms,
  valuesLabelled,
  viewSearchParams,
} from "./enterprise-filters";
import { fieldText, fieldValue, searchText } from "./enterprise-fields";
import { makeRecord } from "@/tests/support/survey-records";

const { enterprises } = loadShippedData(path.resolve(__dirname, "..", ".."));
const params = (query: string) => searchParamsObject(new URLSearchParams(query));
const parse = (query: string) => enterpriseQuerySchema.safeParse(params(query));
const messages = (query: string) => {
  const result = parse(query);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("enterprise query parsing", () => {
  it("defaults: every record, by code ascending, page 1 of 25 (the table: of 10, default columns)", () => {
    expect(enterpriseQuerySchema.parse({})).toEqual({ q: "", sort: "code", order: "asc", page: 1, pageSize: 25 });
    expect(enterpriseViewSchema.parse({})).toEqual({ q: "", sort: "code", order: "asc", page: 1, pageSize: 10, cols: [...DEFAULT_COLUMNS] });
    expect(enterpriseExportSchema.parse({})).toEqual({ q: "", sort: "code", order: "asc", format: "csv", cols: [...DEFAULT_COLUMNS] });
  });

  it("accepts every parameter at its bounds", () => {
    const result = parse("district=binhai&industry=finance&architectureType=gov-lowcode&outcome=counter-example&q=%20天津%20&sort=adaptationDays&order=desc&page=100000&pageSize=100");
    expect(result.success && result.data).toEqual({
      district: "binhai",
      industry: "finance",
      architectureType: "gov-lowcode",
      outcome: "counter-example",
      q: "天津",
      sort: "adaptationDays",
      order: "desc",
      page: 100000,
      pageSize: 100,
    });
    expect(parse("page=1&pageSize=1").success).toBe(true);
    expect(parse(`q=${"企".repeat(100)}`).success).toBe(true);
  });

  it.each([
    ["district=shanghai", /^district: 未知的所在区：shanghai（可选值：binhai、/],
    ["industry=finance&industry=government", /^industry: 参数 industry 只能出现一次$/],
    ["distrct=binhai", /^: 不支持的查询参数：distrct$/],
    ["sort=password", /^sort: 未知的排序列：password/],
    ["sort=reconstructed", /^sort: 未知的排序列：reconstructed/],
    ["order=up", /^order: 未知的排序方向：up（可选值：asc、desc）$/],
    ["page=0", /^page: 页码必须是 1 到 100000 之间的整数$/],
    ["page=100001", /^page: 页码必须是 1 到 100000 之间的整数$/],
    ["page=-1", /^page: 页码必须是/],
    ["page=1.5", /^page: 页码必须是/],
    ["page=1e2", /^page: 页码必须是/],
    ["page=", /^page: 页码必须是/],
    ["page=%201", /^page: 页码必须是/],
    ["page=0x10", /^page: 页码必须是/],
    ["pageSize=0", /^pageSize: 每页条数必须是 1 到 100 之间的整数$/],
    ["pageSize=101", /^pageSize: 每页条数必须是 1 到 100 之间的整数$/],
    ["page=1&page=2", /^page: 参数 page 只能出现一次$/],
    [`q=${"a".repeat(101)}`, /^q: 搜索词不能超过 100 个字符$/],
    ["q=a&q=b", /^q: 参数 q 只能出现一次$/],
    ["cols=code", /^: 不支持的查询参数：cols$/],
  ])("refuses %s in Chinese", (query, message) => {
    const found = messages(query);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it("reads the shown columns in table order, code always included; refuses unknown ones", () => {
    expect(enterpriseViewSchema.parse({ cols: "outcome, label" }).cols).toEqual(["code", "label", "outcome"]);
    expect(enterpriseViewSchema.parse({ cols: "" }).cols).toEqual(["code"]);
    const bad = enterpriseViewSchema.safeParse({ cols: "label,password,reconstructed" });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]!.message).toMatch(/^未知的列：password、reconstructed/);
    expect(enterpriseExportSchema.safeParse({ format: "pdf" }).success).toBe(false);
    expect(enterpriseExportSchema.safeParse({ page: "2" }).success).toBe(false);
  });
});

describe("the table page's URL", () => {
  it("falls back to the default for each bad parameter, keeps the good ones, and says why", () => {
    const { view, problems } = parseEnterpriseView(params("district=shanghai&outcome=success&page=0&foo=1&sort=adaptationDays"));
    expect(view).toMatchObject({ outcome: "success", sort: "adaptationDays", page: 1 });
    expect(view.district).toBeUndefined();
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/未知的所在区：shanghai/);
    expect(problems.join("\n")).toMatch(/页码必须是/);
    expect(problems.join("\n")).toMatch(/不支持的查询参数：foo/);
    expect(parseEnterpriseView(params("pageSize=abc&pageSize=3")).problems).toEqual(["参数 pageSize 只能出现一次"]);
    expect(parseEnterpriseView({})).toEqual({ view: enterpriseViewSchema.parse({}), problems: [] });
  });

  it("treats an empty value as not set (the plain form sends district= for 全部)", () => {
    expect(pageParamsObject({ district: "", outcome: "success", q: undefined })).toEqual({ outcome: "success" });
  });

  it("writes a view back as a short URL that reads back into the same view", () => {
    const view = enterpriseViewSchema.parse({ district: "hexi", q: "天津 银行", sort: "label", order: "desc", page: "3", pageSize: "50", cols: "code,label,teamSize" });
    const query = viewSearchParams(view).toString();
    expect(query).toBe("district=hexi&q=%E5%A4%A9%E6%B4%A5+%E9%93%B6%E8%A1%8C&sort=label&order=desc&page=3&pageSize=50&cols=code%2Clabel%2CteamSize");
    expect(parseEnterpriseView(searchParamsObject(new URLSearchParams(query)))).toEqual({ view, problems: [] });
    expect(viewSearchParams(enterpriseViewSchema.parse({})).toString()).toBe("");
  });

  it("gives the export the view's filters, search, order and columns, without the page", () => {
    const view = enterpriseViewSchema.parse({ outcome: "success", q: "滨海", page: "4", pageSize: "50" });
    const query = exportSearchParams(view, "xlsx");
    expect(Object.fromEntries(query)).toEqual({ outcome: "success", q: "滨海", cols: DEFAULT_COLUMNS.join(","), format: "xlsx" });
    expect(enterpriseExportSchema.parse(Object.fromEntries(query))).toMatchObject({ outcome: "success", q: "滨海", format: "xlsx" });
  });
});

describe("what the query means", () => {
  it("splits the search into lower-case terms; LIKE wildcards and backslashes separate terms", () => {
    expect(searchTerms("  Kylin  天津 kylin ")).toEqual(["kylin", "天津"]);
    expect(searchTerms("50%_off\\x")).toEqual(["50", "off", "x"]);
    expect(searchTerms("")).toEqual([]);
    expect(searchTerms("%%")).toEqual([]);
  });

  it("finds catalogue ids by a part of their label", () => {
    expect(valuesLabelled({ binhai: "滨海新区", heping: "和平区", hexi: "河西区" }, "区")).toEqual(["binhai", "heping", "hexi"]);
    expect(valuesLabelled({ a: "openEuler 22.03 LTS" }, "euler")).toEqual(["a"]);
    expect(valuesLabelled({ a: "x" }, "y")).toEqual([]);
  });

  it("filters exactly and searches code, name, text fields and labels, every term", () => {
    const match = (q: Record<string, string>) =>
      enterprises.filter((r) => matchesEnterpriseQuery(r, enterpriseQuerySchema.parse(q))).map((r) => r.code);
    expect(match({ district: "binhai", outcome: "counter-example" })).toEqual(["TJ-03", "TJ-27", "TJ-35"]);
    expect(match({ q: "天津银行" })).toEqual(["TJ-01"]);
    expect(match({ q: "tj-01" })).toEqual(["TJ-01"]);
    expect(match({ q: "滨海新区" })).toHaveLength(11);
    expect(match({ q: "滨海新区 反例" })).toEqual(match({ district: "binhai", outcome: "counter-example" }));
    expect(match({ q: "伪相关" }).every((code) => enterprises.find((r) => r.code === code)!.errorCategories.includes("pseudo-correlated"))).toBe(true);
    expect(match({ q: "没有这样的企业" })).toEqual([]);
  });

  it("sorts by the column, unanswered last both ways, then by code", () => {
    const a = makeRecord({ code: "TJ-02", adaptationDays: 5 });
    const b = makeRecord({ code: "TJ-01", adaptationDays: 5 });
    const c = makeRecord({ code: "TJ-03", adaptationDays: null });
    const d = makeRecord({ code: "TJ-04", adaptationDays: 9 });
    const order = (o: "asc" | "desc") => [a, b, c, d].sort(compareEnterprises("adaptationDays", o)).map((r) => r.code);
    expect(order("asc")).toEqual(["TJ-01", "TJ-02", "TJ-04", "TJ-03"]);
    expect(order("desc")).toEqual(["TJ-04", "TJ-01", "TJ-02", "TJ-03"]);
    const lists = [makeRecord({ code: "TJ-05", errorCategories: ["tiny-leaf"] }), makeRecord({ code: "TJ-06", errorCategories: [] })];
    expect(lists.sort(compareEnterprises("errorCategories", "asc")).map((r) => r.code)).toEqual(["TJ-06", "TJ-05"]);
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
    expect(fieldValue(tj07, "errorCategories")).toBe("使用伪相关变量（如行政区划代码）；叶节点样本过少");
    expect(fieldText({ ...tj01, goVersion: null }, "goVersion")).toBe("未作答");
  });

  it("searches through labels, not only codes", () => {
    expect(searchText(tj01)).toContain("天津银行api平台");
    expect(searchText(tj01)).toContain("滨海新区");
  });
});
