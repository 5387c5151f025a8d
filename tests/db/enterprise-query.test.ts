/**
 * The enterprise table's SQL (lib/data/enterprise-query.ts) gives the same page as filtering and
 * sorting every record in TypeScript (lib/survey/enterprise-filters.ts), on SQLite and on
 * PostgreSQL, over thousands of generated records; the export streams every matching row.
 */
import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { recordToRow } from "@/lib/db/enterprise-rows";
import { DISTRICTS, OUTCOMES } from "@/lib/domain/catalog";
import { enterpriseFacets, findEnterprisePage, matchingEnterprises } from "@/lib/data/enterprise-query";
import { csvLine, enterpriseCells, enterpriseHeaders } from "@/lib/survey/csv";
import { enterpriseCsvStream, enterpriseXlsxStream } from "@/lib/survey/enterprise-export";
import {
  compareEnterprises,
  enterpriseQuerySchema,
  matchesEnterpriseQuery,
  type EnterpriseQuery,
} from "@/lib/survey/enterprise-filters";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import { generateRecords } from "@/tests/support/survey-records";
import { testProviders, useTestDatabase, type TestDatabase } from "./databases";

vi.mock("server-only", () => ({}));

const providers = await testProviders();
const COUNT = 3000;

/** generateRecords varies few fields: vary the ones the table sorts and searches on, with nulls. */
function records(): EnterpriseRecord[] {
  return generateRecords(COUNT).map((record, index) => {
    const counter = index % 7 === 0;
    return {
      ...record,
      code: `TJ-${String(10000 + index)}`,
      goVersion: index % 11 === 0 ? null : `1.${16 + (index % 8)}`,
      adaptationDays: index % 13 === 0 ? null : (index * 37) % 90,
      teamSize: index % 17 === 0 ? null : record.teamSize,
      historicalCombination: index % 5 === 0 ? null : 1 + (index % 7),
      outcome: counter ? "counter-example" : "success",
      errorCategories: counter ? (index % 2 === 0 ? ["tiny-leaf"] : ["pseudo-correlated", "overconfident"]) : [],
      note: index % 3 === 0 ? `备注 ${index}，含逗号` : index % 29 === 0 ? "Kylin SP3 适配 50%_done" : null,
    };
  });
}

const query = (input: Record<string, string>): EnterpriseQuery => enterpriseQuerySchema.parse(input);

for (const provider of providers) {
  describe.runIf(provider.enabled)(`enterprise query on ${provider.name}`, () => {
    let t: TestDatabase;
    const all = records();
    useTestDatabase(provider, async (created) => {
      t = created;
      await t.db.enterprise.deleteMany();
      for (let start = 0; start < all.length; start += 500) {
        await t.db.enterprise.createMany({ data: all.slice(start, start + 500).map(recordToRow) });
      }
    });

    const expected = (q: EnterpriseQuery) => all.filter((r) => matchesEnterpriseQuery(r, q)).sort(compareEnterprises(q.sort, q.order));
    const codes = (items: readonly EnterpriseRecord[]) => items.map((r) => r.code);

    it.each([
      {},
      { sort: "adaptationDays" },
      { sort: "adaptationDays", order: "desc", page: "3", pageSize: "50" },
      { district: "binhai", sort: "goVersion", order: "desc" },
      { industry: "finance", outcome: "counter-example", sort: "teamSize", page: "2", pageSize: "7" },
      { q: "天津第12", sort: "label" },
      { q: "滨海", sort: "historicalCombination", order: "desc" },
      { q: "叶节点", outcome: "counter-example" },
      { q: "kylin", sort: "note" },
      { q: "KYLIN 50%_DONE" },
      { q: "备注 1" },
      { q: "微服务 金融", sort: "xinchuang", order: "desc", pageSize: "100" },
      { sort: "errorCategories", order: "desc" },
      { sort: "requiresSchedulerSource", page: "2" },
      { q: "没有这样的企业" },
    ])("gives the page TypeScript gives: %j", async (input) => {
      const q = query(input as Record<string, string>);
      const want = expected(q);
      const page = await findEnterprisePage(t.db, q);
      expect(page.total).toBe(COUNT);
      expect(page.count).toBe(want.length);
      expect(page.pages).toBe(Math.max(1, Math.ceil(want.length / q.pageSize)));
      expect(codes(page.items)).toEqual(codes(want.slice((q.page - 1) * q.pageSize, q.page * q.pageSize)));
      if (page.items[0]) expect(page.items[0]).toEqual(all.find((r) => r.code === page.items[0]!.code));
    });

    it("pages through every match without overlap or gap, even on a column full of ties", async () => {
      const q = query({ sort: "district", pageSize: "100" });
      const seen: string[] = [];
      for (let page = 1; page <= 30; page += 1) seen.push(...codes((await findEnterprisePage(t.db, { ...q, page })).items));
      expect(seen).toEqual(codes(expected(q)));
      expect(new Set(seen).size).toBe(COUNT);
    });

    it("answers a page past the last with no rows, not an error", async () => {
      const page = await findEnterprisePage(t.db, query({ page: "999", pageSize: "100" }));
      expect(page).toMatchObject({ count: COUNT, pages: 30, items: [] });
    });

    it("counts each filter value over all records", async () => {
      const facets = await enterpriseFacets(t.db);
      const districts = Object.fromEntries(facets.district.map((f) => [f.value, f.count]));
      for (const district of DISTRICTS) expect(districts[district] ?? 0).toBe(all.filter((r) => r.district === district).length);
      expect(facets.outcome.map((f) => f.value).sort()).toEqual([...OUTCOMES].sort());
      expect(facets.industry.reduce((sum, f) => sum + f.count, 0)).toBe(COUNT);
    });

    it("hands the export every matching record in order, in bounded batches", async () => {
      const q = query({ outcome: "success", sort: "adaptationDays", order: "desc" });
      const batches: number[] = [];
      const seen: string[] = [];
      for await (const batch of matchingEnterprises(t.db, q, 400)) {
        batches.push(batch.length);
        seen.push(...codes(batch));
      }
      expect(seen).toEqual(codes(expected(q)));
      expect(Math.max(...batches)).toBeLessThanOrEqual(400);
      expect(batches.length).toBe(Math.ceil(seen.length / 400));
    });

    it("streams the CSV of every matching row in the shown columns", async () => {
      const q = query({ q: "滨海", sort: "code", order: "desc" });
      const fields = ["code", "label", "district", "note", "errorCategories"] as const;
      const bytes = new Uint8Array(await new Response(enterpriseCsvStream(matchingEnterprises(t.db, q, 100), fields)).arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      const want = expected(q);
      expect(want.length).toBeGreaterThan(100);
      expect(text).toBe("\uFEFF" + csvLine(enterpriseHeaders(fields)) + want.map((r) => csvLine(enterpriseCells(r, fields))).join(""));
    });

    it("streams the XLSX of every matching row in the shown columns", async () => {
      const q = query({ district: "hexi" });
      const fields = ["code", "label", "adaptationDays", "note"] as const;
      const bytes = await new Response(enterpriseXlsxStream(matchingEnterprises(t.db, q, 100), fields)).arrayBuffer();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes);
      const sheet = workbook.worksheets[0]!;
      const want = expected(q);
      expect(sheet.rowCount).toBe(want.length + 1);
      expect(sheet.getRow(1).values).toEqual([undefined, "企业编号", "企业名称", "信创适配耗时(人日)", "备注"]);
      const last = want.at(-1)!;
      expect(sheet.getRow(want.length + 1).getCell(1).value).toBe(last.code);
      expect(sheet.getRow(want.length + 1).getCell(3).value).toBe(last.adaptationDays);
    });
  });
}
