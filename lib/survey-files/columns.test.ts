import { describe, expect, it } from "vitest";
import { ENTERPRISE_COLUMNS, enterpriseRecordSchema } from "@/lib/validations/enterprise";
import { mapColumns, REQUIRED_FIELDS } from "./columns";

const REQUIRED_HEADERS = ["企业编号", "企业名称", "所在区", "行业", "架构类型", "选型结果"];

describe("mapColumns", () => {
  it("maps every layout header and every English key", () => {
    const byHeader = mapColumns(ENTERPRISE_COLUMNS.map((column) => column.header));
    expect(byHeader.columns.map((column) => column.field)).toEqual(ENTERPRISE_COLUMNS.map((column) => column.key));
    expect(byHeader).toMatchObject({ errors: [], warnings: [], unknownHeaders: [] });
    const byKey = mapColumns(ENTERPRISE_COLUMNS.map((column) => column.key.toUpperCase()));
    expect(byKey.columns).toHaveLength(ENTERPRISE_COLUMNS.length);
  });

  it("tolerates spacing, case, full-width parentheses and a dropped unit", () => {
    const mapping = mapColumns([...REQUIRED_HEADERS, " 信创适配耗时（人日） ", "go 熟练度", "ＣＰＵ", "信创适配耗时"]);
    expect(mapping.headerFor).toMatchObject({ adaptationDays: " 信创适配耗时（人日） ", goProficiency: "go 熟练度", cpu: "ＣＰＵ" });
    expect(mapping.errors).toEqual([expect.stringContaining("都对应「信创适配耗时(人日)」")]);
  });

  it("still reads files exported before the headers were spaced (Go团队人数, Go熟练度 …)", () => {
    const old = ["Go版本", "Go团队人数", "近半年交付Go服务数", "要求熟练掌握goroutine与channel", "要求理解runtime调度器源码", "Go熟练度"];
    const mapping = mapColumns([...REQUIRED_HEADERS, ...old]);
    expect(mapping).toMatchObject({ errors: [], unknownHeaders: [] });
    expect(mapping.columns.slice(REQUIRED_HEADERS.length).map((column) => column.column.header)).toEqual([
      "Go 版本",
      "Go 团队人数",
      "近半年交付 Go 服务数",
      "要求熟练掌握 goroutine 与 channel",
      "要求理解 runtime 调度器源码",
      "Go 熟练度",
    ]);
  });

  it("lets a saved mapping win, and ignores columns mapped to null without a warning", () => {
    const mapping = mapColumns([...REQUIRED_HEADERS.slice(1), "编号", "内部备注", "负责人"], {
      编号: "code",
      内部备注: null,
      企业名称: "note",
      行业: "label",
    });
    expect(mapping.headerFor).toMatchObject({ code: "编号", note: "企业名称", label: "行业" });
    expect(mapping.missingRequired).toEqual(["industry"]);
    expect(mapping.unknownHeaders).toEqual(["负责人"]);
    expect(mapping.warnings).toEqual([expect.stringContaining("「负责人」")]);
  });

  it("reports missing required columns as one whole-file error, and bad saved fields as warnings", () => {
    const mapping = mapColumns(["企业编号", "备注"], { 备注: "nonsense" as never });
    expect(mapping.missingRequired).toEqual(["label", "district", "industry", "architectureType", "outcome"]);
    expect(mapping.errors).toEqual(["缺少必填列：「企业名称」、「所在区」、「行业」、「架构类型」、「选型结果」"]);
    expect(mapping.warnings).toEqual([expect.stringContaining("未知字段「nonsense」")]);
  });

  it("requires exactly the fields the schema cannot leave empty", () => {
    const shape = enterpriseRecordSchema.shape;
    const neverNull = ENTERPRISE_COLUMNS.filter(
      ({ key, kind }) => kind !== "list" && kind !== "boolean" && !shape[key].safeParse(null).success,
    ).map(({ key }) => key);
    expect([...REQUIRED_FIELDS]).toEqual(neverNull);
  });
});
