/**
 * The shipped survey reproduces 《Golang 天津技术栈选型决策树（2024 京津冀版）》's aggregates when computed FROM THE DATABASE, on SQLite
 * and on PostgreSQL; migrations and seeding are idempotent; aggregates follow added records.
 */
import { describe, expect, it } from "vitest";
import { recordToRow, rowToRecord } from "@/lib/db/enterprise-rows";
import { seedDatabase } from "@/lib/db/seed";
import { loadShippedData } from "@/lib/db/shipped-data";
import { migrate } from "@/lib/db/migrations";
import { surveyHeadlines } from "@/lib/survey/aggregates";
import { ROOT, testProviders, useTestDatabase, type TestDatabase } from "./databases";

const providers = await testProviders();

for (const provider of providers) {
  describe.runIf(provider.enabled)(`survey data on ${provider.name}`, () => {
    let t: TestDatabase;
    useTestDatabase(provider, (created) => {
      t = created;
    });

    const headlines = async () => surveyHeadlines((await t.db.enterprise.findMany()).map(rowToRecord));

    it("reproduces the seed's percentages (rounded) and counts", async () => {
      const h = await headlines();
      expect(h.enterprises).toBe(37);
      expect(Math.round(h.topCriterionLocalOps.percent!)).toBe(86);
      expect(h.topCriterionLocalOps.denominator).toBe(37);
      expect(Math.round(h.hardXinchuang.percent!)).toBe(79);
      expect(Math.round(h.hardTjHardware.percent!)).toBe(71);
      expect(Math.round(h.requiresGoroutineFluency.percent!)).toBe(82);
      expect(Math.round(h.requiresSchedulerSource.percent!)).toBe(37);
      expect(h.counterExamples.numerator).toBe(12);
      expect(Math.round(h.errorCategories["pseudo-correlated"].percent!)).toBe(83);
      expect(Math.round(h.errorCategories["tiny-leaf"].percent!)).toBe(67);
    });

    it("keeps the named counter-examples with their error categories", async () => {
      const named = await t.db.enterprise.findMany({ where: { code: { in: ["TJ-07", "TJ-14", "TJ-22", "TJ-31"] } }, orderBy: { code: "asc" } });
      expect(named.map((e) => [e.code, e.outcome, e.errorCategories])).toEqual([
        ["TJ-07", "counter-example", "pseudo-correlated;tiny-leaf"],
        ["TJ-14", "counter-example", "redundant-path"],
        ["TJ-22", "counter-example", "pseudo-correlated;tiny-leaf"],
        ["TJ-31", "counter-example", "pseudo-correlated;overconfident"],
      ]);
      expect(await t.db.enterprise.count({ where: { reconstructed: false } })).toBe(0);
    });

    it("stores truncated seed figures as unknown", async () => {
      const crossBorder = await t.db.architectureProfile.findUniqueOrThrow({ where: { id: "crossborder-settlement" } });
      expect(crossBorder.bottleneckFigure).toBeNull();
      const binhai = await t.db.cloudNode.findUniqueOrThrow({ where: { id: "huaweicloud-binhai" } });
      expect(binhai.connectMs).toBeNull();
    });

    it("migrating and seeding again changes nothing", async () => {
      const before = await t.db.enterprise.findMany({ orderBy: { code: "asc" } });
      expect(await migrate(t.url, ROOT)).toEqual([]);
      const report = await seedDatabase(t.db, loadShippedData(ROOT));
      expect(report.enterprisesInserted).toBe(0);
      expect(await t.db.enterprise.findMany({ orderBy: { code: "asc" } })).toEqual(before);
      expect(await t.db.stackCombination.count()).toBe(7);
      expect(await t.db.architectureProfile.count()).toBe(5);
    });

    it("aggregates follow records added later", async () => {
      const template = loadShippedData(ROOT).enterprises[0]!;
      await t.db.enterprise.create({
        data: recordToRow({ ...template, code: "TJ-901", label: "新增企业", topCriterion: "cost", hardXinchuang: null }),
      });
      const h = await headlines();
      expect(h.enterprises).toBe(38);
      expect(h.topCriterionLocalOps).toEqual({ numerator: 32, denominator: 38, percent: 84.21 });
      expect(h.hardXinchuang.denominator).toBe(34);
      await t.db.enterprise.delete({ where: { code: "TJ-901" } });
    });

    it("enforces the domain's unique and foreign keys", async () => {
      const template = loadShippedData(ROOT).enterprises[0]!;
      await expect(t.db.enterprise.create({ data: recordToRow(template) })).rejects.toThrow();
      await expect(
        t.db.enterprise.create({ data: { ...recordToRow({ ...template, code: "TJ-902" }), architectureTypeId: "no-such-type" } }),
      ).rejects.toThrow();
      expect(await t.db.enterprise.count({ where: { code: "TJ-902" } })).toBe(0);
    });
  });
}
