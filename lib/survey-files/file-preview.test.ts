import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { exportCsv } from "./serialize";
import { generateRecords, makeRecord } from "@/tests/support/survey-records";
import { previewImport } from "./file-preview";

const HEADER = "企业编号,企业名称,所在区,行业,架构类型,选型结果,Go团队人数,信创适配度,业务连续性等级,负责人";
const gbk = (lines: string[]) => iconv.encode(lines.join("\r\n") + "\r\n", "gbk");

describe("previewImport", () => {
  it("reports each bad row of a GBK file with its row number and column header", async () => {
    const file = gbk([
      HEADER,
      "TJ-01,天津银行API平台,河西区,金融,微服务网关型,选型成功,24,92%,核心,张三",
      ",缺编号企业,和平区,政务,政务低代码后端,选型成功,5,0.8,重要,",
      "TJ-03,百分比超限,滨海新区,制造业,工业协议桥接型,选型成功,10,120%,一般,",
      "TJ-04,外地企业,朝阳区,金融,微服务网关型,选型成功,10,0.7,核心,",
      "TJ-01,重复编号,河西区,金融,微服务网关型,选型成功,10,0.7,核心,",
      "TJ-06,=HYPERLINK(\"x\"),河西区,金融,微服务网关型,选型成功,10,0.7,核心,",
      "TJ-07,半个人,河西区,金融,微服务网关型,选型成功,2.5,0.7,核心,",
      "TJ-08,未知等级,河西区,金融,微服务网关型,选型成功,3,0.7,特级,",
    ]);
    const preview = await previewImport(file, [makeRecord({ code: "TJ-01" })], { fileName: "调研.csv" });
    expect(preview.file).toMatchObject({ format: "csv", encoding: "gb18030", rowCount: 8 });
    expect(preview.warnings).toEqual([expect.stringContaining("「负责人」")]);
    const errors = preview.rows.flatMap((row) => row.errors.map((error) => ({ row: row.rowNumber, column: error.column, message: error.message })));
    expect(errors).toEqual([
      { row: 3, column: "企业编号", message: "缺少企业编号" },
      { row: 4, column: "信创适配度", message: "「120%」超过 100%" },
      { row: 5, column: "所在区", message: expect.stringContaining("「朝阳区」不是天津市的区") },
      { row: 6, column: "企业编号", message: "企业编号 TJ-01 与第 2 行重复" },
      { row: 7, column: "企业名称", message: "疑似公式，已拒绝" },
      { row: 8, column: "Go团队人数", message: "「2.5」不是整数" },
      { row: 9, column: "业务连续性等级", message: expect.stringContaining("「特级」不是有效选项") },
    ]);
    expect(preview.plan.counts).toMatchObject({ update: 1, error: 7 });
    expect(preview.canCommit).toBe(false);
  });

  it("rejects a file missing a required column once, not row by row", async () => {
    const preview = await previewImport(gbk(["企业编号,企业名称", "TJ-01,甲"]), []);
    expect(preview.fileErrors).toEqual([expect.stringContaining("缺少必填列：「所在区」")]);
    expect(preview.rows).toEqual([]);
    expect(preview.canCommit).toBe(false);
  });

  it("applies a saved mapping for the admin's own headers", async () => {
    const json = JSON.stringify({
      enterprises: [{ 编号: "TJ-05", name: "甲", district: "binhai", industry: "finance", architectureType: "gov-lowcode", outcome: "success" }],
    });
    const preview = await previewImport(new TextEncoder().encode(json), [], { savedMapping: { 编号: "code", name: "label" } });
    expect(preview.plan.rows[0]).toMatchObject({ status: "new", code: "TJ-05", record: { label: "甲", reconstructed: false } });
    expect(preview.canCommit).toBe(true);
  });

  it("previews a 10,000-row CSV correctly", async () => {
    const records = generateRecords(10_000);
    const existing = records.slice(0, 6_000).map((record, index) =>
      index % 10 === 0 ? { ...record, teamSize: (record.teamSize ?? 0) + 1 } : record,
    );
    const started = performance.now();
    const preview = await previewImport(exportCsv(records), existing);
    const elapsed = performance.now() - started;
    expect(preview.plan.counts).toEqual({ new: 4_000, update: 600, unchanged: 5_400, error: 0, total: 10_000 });
    expect(preview.plan.rows[9_999]).toMatchObject({ status: "new", rowNumber: 10_001, code: "TJ-9999" });
    expect(preview.plan.rows[10]).toMatchObject({ status: "update", changes: [{ field: "teamSize" }] });
    expect(preview.canCommit).toBe(true);
    // Timing is the benchmark's job; printed for the curious, never asserted.
    console.info(`10,000-row preview: ${elapsed.toFixed(0)} ms`);
  });
});
