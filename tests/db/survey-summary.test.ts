/**
 * The insights summary computed FROM THE DATABASE (as lib/data/survey.ts does) equals 《Golang 天津技术栈选型决策树（2024 京津冀版）》's
 * figures for the shipped records, and follows records added later — on SQLite and PostgreSQL.
 */
import { describe, expect, it } from "vitest";
import { recordToRow, rowToRecord } from "@/lib/db/enterprise-rows";
import { loadShippedData } from "@/lib/db/shipped-data";
import { architectureOverview } from "@/lib/survey/architectures";
import { wholePercent } from "@/lib/survey/format";
import { surveySummarySchema } from "@/lib/survey/schemas";
import { NATIONAL_AVERAGE_KEY, buildSurveySummary } from "@/lib/survey/summary";
import { architecturesFileSchema, combinationsFileSchema } from "@/lib/validations/reference";
import { ROOT, testProviders, useTestDatabase, type TestDatabase } from "./databases";

const providers = await testProviders();

for (const provider of providers) {
  describe.runIf(provider.enabled)(`survey summary on ${provider.name}`, () => {
    let t: TestDatabase;
    useTestDatabase(provider, (created) => {
      t = created;
    });

    const records = async () => (await t.db.enterprise.findMany({ orderBy: { code: "asc" } })).map(rowToRecord);
    const summary = async () =>
      buildSurveySummary(await records(), await t.db.referenceFigure.findUnique({ where: { key: NATIONAL_AVERAGE_KEY } }));
    const pct = (s: Awaited<ReturnType<typeof summary>>, key: string) => wholePercent(s.headlines.find((h) => h.key === key)!);

    it("equals the seed's figures for the shipped data", async () => {
      const s = await summary();
      expect(surveySummarySchema.safeParse(s).success).toBe(true);
      expect(s.enterprises).toBe(37);
      expect(s.reconstructed).toBe(37);
      expect([86, 79, 71, 82, 37]).toEqual(
        ["topCriterionLocalOps", "hardXinchuang", "hardTjHardware", "requiresGoroutineFluency", "requiresSchedulerSource"].map((k) => pct(s, k)),
      );
      expect(s.headlines[0]).toMatchObject({ numerator: 32, denominator: 37 });
      expect(s.nationalAverage?.percent).toBe(62);
      expect(s.counterExamples.share.numerator).toBe(12);
      const category = (c: string) => wholePercent(s.counterExamples.categories.find((x) => x.category === c)!);
      expect(category("pseudo-correlated")).toBe(83);
      expect(category("tiny-leaf")).toBe(67);
      expect(s.counterExamples.namedCases.map((c) => c.code)).toEqual(["TJ-07", "TJ-22", "TJ-14", "TJ-31"]);
      expect(s.counterExamples.namedCases.every((c) => c.label !== null)).toBe(true);
    });

    it("joins the profiles (JSON columns) with the stored records", async () => {
      const profiles = architecturesFileSchema.parse(await t.db.architectureProfile.findMany());
      const combinations = combinationsFileSchema.parse(await t.db.stackCombination.findMany({ orderBy: { id: "asc" } }));
      const overview = architectureOverview(profiles, combinations, await records());
      expect(overview.find((a) => a.id === "microservice-gateway")!.usage).toEqual({ enterprises: 10, success: 6, counterExamples: 4 });
    });

    it("changes correctly after records are added, then back after they are removed", async () => {
      const template = loadShippedData(ROOT).enterprises.find((r) => r.code === "TJ-01")!;
      await t.db.enterprise.createMany({
        data: [
          recordToRow({ ...template, code: "TJ-901", label: "新增企业甲", district: "jizhou", topCriterion: "cost", hardXinchuang: null }),
          recordToRow({
            ...template,
            code: "TJ-902",
            label: "新增企业乙",
            topCriterion: "local-ops-response",
            hardTjHardware: false,
            outcome: "counter-example",
            errorCategories: ["pseudo-correlated"],
          }),
        ],
      });
      try {
        const s = await summary();
        expect(s.enterprises).toBe(39);
        expect(s.headlines[0]).toMatchObject({ numerator: 33, denominator: 39, percent: 84.62 });
        expect(s.headlines.find((h) => h.key === "hardXinchuang")).toMatchObject({ numerator: 28, denominator: 35 });
        expect(s.headlines.find((h) => h.key === "hardTjHardware")).toMatchObject({ numerator: 25, denominator: 36 });
        expect(s.counterExamples.share).toMatchObject({ numerator: 13, denominator: 39 });
        const pseudo = s.counterExamples.categories.find((c) => c.category === "pseudo-correlated")!;
        expect(pseudo).toMatchObject({ numerator: 11, denominator: 13, percent: 84.62 });
        expect(s.distributions.district.buckets.find((b) => b.key === "jizhou")).toMatchObject({ count: 1, label: "蓟州区" });
        expect(s.distributions.district.buckets[0]).toMatchObject({ key: "binhai", count: 12 });
      } finally {
        await t.db.enterprise.deleteMany({ where: { code: { in: ["TJ-901", "TJ-902"] } } });
      }
      expect(pct(await summary(), "topCriterionLocalOps")).toBe(86);
    });

    it("has no national average when the reference figure is absent", async () => {
      const figure = await t.db.referenceFigure.findUniqueOrThrow({ where: { key: NATIONAL_AVERAGE_KEY } });
      await t.db.referenceFigure.delete({ where: { key: NATIONAL_AVERAGE_KEY } });
      try {
        expect((await summary()).nationalAverage).toBeNull();
      } finally {
        await t.db.referenceFigure.create({ data: figure });
      }
    });
  });
}
