/**
 * What the engine derives from the survey follows imports on every instance (SQLite and
 * PostgreSQL): commit and revert bump the survey revision in their own transaction, and a second
 * client — another app instance on the same database — serves the new industries per architecture
 * type on its next evaluation.
 */
import { describe, expect, it, vi } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { readSurveyRevision } from "@/lib/db/survey-revision";
import { getDecisionReference, readSurveyIndustries } from "@/lib/data/decision-reference";
import { getSurveySnapshot } from "@/lib/data/survey-snapshot";
import { buildSurveySummary } from "@/lib/survey/summary";
import { evaluate } from "@/lib/decision";
import { exportCsv } from "@/lib/survey-files";
import { commitImport, loadEnterpriseRecords, previewUpload, revertBatch } from "@/lib/survey-import";
import { surveyIndustriesOf } from "@/lib/survey/industries";
import { generateRecords } from "@/tests/support/survey-records";
import { ROOT, testProviders, useTestDatabase, type TestDatabase } from "./databases";

vi.mock("server-only", () => ({}));

const providers = await testProviders();
const ADMIN_ID = "admin-revision";

/** A finance enterprise of the low-code government type: absent from the shipped survey. */
function financeLowCode(code: string) {
  const [record] = generateRecords(1);
  return { ...record!, code, industry: "finance" as const, architectureType: "gov-lowcode" as const };
}

const lowCodeFinanceWarns = (reference: Awaited<ReturnType<typeof getDecisionReference>>) =>
  evaluate(
    {
      tier: "standard",
      factors: { xinchuang: 0.9, goProficiency: 0.8, couplingInverse: 0.7 },
      scenario: { industry: "finance", workload: "form-workflow", density: "central-cloud", consistency: "strong", crypto: "sm-tls13" },
    },
    reference,
  ).warnings.some((w) => w.code === "INDUSTRY_OUTSIDE_SURVEY");

for (const provider of providers) {
  describe.runIf(provider.enabled)(`survey revision on ${provider.name}`, () => {
    let t: TestDatabase;
    useTestDatabase(provider, (created) => {
      t = created;
    });

    it("counts industries per type in the database exactly as from the records", async () => {
      const records = await loadEnterpriseRecords(t.db);
      const revision = await readSurveyRevision(t.db);
      expect(revision).toBeGreaterThanOrEqual(1); // the seed's insert is a revision too
      expect(await readSurveyIndustries(t.db, revision)).toEqual(surveyIndustriesOf(records, revision));
      expect((await getDecisionReference(t.db)).survey).toEqual(surveyIndustriesOf(records, revision));
    });

    it("a commit and a revert on one instance change what another instance serves", async () => {
      await t.db.user.upsert({
        where: { id: ADMIN_ID },
        create: { id: ADMIN_ID, email: "revision@example.com", name: "管理员", role: "admin", passwordHash: "x" },
        update: {},
      });
      const other: Db = createPrismaClient(t.url, ROOT);
      try {
        const before = await readSurveyRevision(t.db);
        expect(lowCodeFinanceWarns(await getDecisionReference(other))).toBe(true);
        const served = await getSurveySnapshot(other);
        expect(served.summary.enterprises).toBe(37);

        const upload = await previewUpload(t.db, { bytes: exportCsv([financeLowCode("TJ-20001")]), fileName: "finance.csv" });
        const { batchId } = await commitImport(t.db, { upload, actorId: ADMIN_ID });
        expect(await readSurveyRevision(other)).toBe(before + 1);
        const afterCommit = await getDecisionReference(other);
        expect(afterCommit.survey.revision).toBe(before + 1);
        expect(afterCommit.survey.byArchitecture["gov-lowcode"]?.finance).toBe(1);
        expect(lowCodeFinanceWarns(afterCommit)).toBe(false);
        // What the pages serve follows too, and equals the figures computed from every stored record.
        const snapshot = await getSurveySnapshot(other);
        expect(snapshot.revision).toBe(before + 1);
        const national = await t.db.referenceFigure.findUnique({ where: { key: "national-top-criterion-local-ops" } });
        expect(snapshot.summary).toEqual(buildSurveySummary(await loadEnterpriseRecords(t.db), national));
        expect(snapshot.summary.enterprises).toBe(38);
        expect(snapshot.architectures.find((a) => a.id === "gov-lowcode")?.industries).toContainEqual({ industry: "finance", enterprises: 1 });

        await revertBatch(t.db, { batchId, actorId: ADMIN_ID });
        const afterRevert = await getDecisionReference(other);
        expect(afterRevert.survey.revision).toBe(before + 2);
        expect(afterRevert.survey.byArchitecture["gov-lowcode"]?.finance).toBeUndefined();
        expect(lowCodeFinanceWarns(afterRevert)).toBe(true);
        expect((await getSurveySnapshot(other)).summary.enterprises).toBe(37);
      } finally {
        await other.$disconnect();
      }
    });

    it("a failed commit leaves the revision as it was", async () => {
      const before = await readSurveyRevision(t.db);
      const upload = await previewUpload(t.db, { bytes: exportCsv([financeLowCode("TJ-20002")]), fileName: "stale.csv" });
      await expect(commitImport(t.db, { upload, actorId: ADMIN_ID, expectedFingerprint: "not-the-plan" })).rejects.toThrow();
      expect(await readSurveyRevision(t.db)).toBe(before);
    });
  });
}
