/**
 * The survey import service against real databases (SQLite and PostgreSQL): commit and revert
 * with their audit rows, all-or-nothing on a failure mid-commit, stale previews, concurrent
 * commits, the export → import round trip, and (SQLite) a CLI process killed before COMMIT.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { exportCsv } from "@/lib/survey-files";
import { generateRecords } from "@/tests/support/survey-records";
import { sqliteFilePath } from "@/lib/db/migrations";
import {
  commitImport,
  exportSurvey,
  getBatchChanges,
  isImportServiceError,
  listColumnMappings,
  loadEnterpriseRecords,
  previewUpload,
  revertBatch,
  saveColumnMapping,
  type UploadPreview,
} from "@/lib/survey-import";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import { ROOT, createSqliteDatabase, testProviders, useTestDatabase, type TestDatabase } from "./databases";

const providers = await testProviders();

const ADMIN_ID = "admin-1";

async function addAdmin(db: Db) {
  await db.user.create({ data: { id: ADMIN_ID, email: "admin@example.com", name: "管理员", role: "admin", passwordHash: "x" } });
}

/** Everything an import may touch, in a comparable form. */
async function snapshot(db: Db) {
  const batches = await db.importBatch.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, status: true } });
  return { enterprises: await loadEnterpriseRecords(db), batches, changes: await db.importChange.count() };
}

const csvOf = (records: readonly EnterpriseRecord[]) => exportCsv(records);

/** `count` new records with codes TJ-10000… (never among the 37 shipped ones). */
function newRecords(count: number, offset = 10_000): EnterpriseRecord[] {
  return generateRecords(count).map((record, index) => ({ ...record, code: `TJ-${offset + index}` }));
}

async function preview(db: Db, records: readonly EnterpriseRecord[], fileName = "test.csv"): Promise<UploadPreview> {
  return previewUpload(db, { bytes: csvOf(records), fileName });
}

async function expectServiceError(promise: Promise<unknown>, code: string, status: number) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(isImportServiceError(error), String(error)).toBe(true);
  expect(error).toMatchObject({ code, status });
  return error as Error & { detail?: string; title: string };
}

for (const provider of providers) {
  describe.runIf(provider.enabled)(`survey import on ${provider.name}`, () => {
    let t: TestDatabase;
    let shipped: EnterpriseRecord[];

    useTestDatabase(provider, async (created) => {
      t = created;
      await addAdmin(t.db);
      shipped = await loadEnterpriseRecords(t.db);
    });
    beforeEach(async () => {
      // Every test starts from the shipped 37 and no batches: reset by restoring the records.
      await t.db.importBatch.deleteMany();
      await t.db.enterprise.deleteMany({ where: { code: { notIn: shipped.map((record) => record.code) } } });
      const upload = await preview(t.db, shipped);
      if (upload.preview.plan.counts.update > 0) await commitImport(t.db, { upload, actorId: ADMIN_ID });
      await t.db.importBatch.deleteMany();
    });

    it("commits new and changed records with counts and before/after audit rows; revert restores exactly", async () => {
      const before = await snapshot(t.db);
      const changed = shipped.slice(0, 3).map((record, index) => ({ ...record, label: `${record.label}（更新${index}）`, teamSize: 99 }));
      const added = newRecords(5);
      const upload = await preview(t.db, [...changed, ...shipped.slice(3, 10), ...added], "调研更新.csv");
      expect(upload.preview.plan.counts).toMatchObject({ new: 5, update: 3, unchanged: 7, error: 0 });

      const result = await commitImport(t.db, { upload, actorId: ADMIN_ID, expectedFingerprint: upload.fingerprint });
      expect(result.counts).toEqual({ created: 5, updated: 3, unchanged: 7 });

      const batch = await t.db.importBatch.findUniqueOrThrow({ where: { id: result.batchId }, include: { changes: true } });
      expect(batch).toMatchObject({ committedById: ADMIN_ID, fileName: "调研更新.csv", format: "csv", created: 5, updated: 3, unchanged: 7, status: "committed" });
      expect(batch.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(batch.changes).toHaveLength(8);
      const update = batch.changes.find((change) => change.enterpriseCode === changed[0]!.code)!;
      expect(update.kind).toBe("update");
      expect(update.before).toEqual(shipped[0]);
      expect(update.after).toEqual(changed[0]);
      const create = batch.changes.find((change) => change.enterpriseCode === added[0]!.code)!;
      expect(create).toMatchObject({ kind: "create", before: null });
      expect(create.after).toEqual(added[0]);

      const stored = new Map((await loadEnterpriseRecords(t.db)).map((record) => [record.code, record]));
      expect(stored.size).toBe(37 + 5);
      expect(stored.get(changed[1]!.code)).toEqual(changed[1]);
      expect(stored.get(added[4]!.code)).toEqual(added[4]);

      const diff = await getBatchChanges(t.db, result.batchId);
      expect(diff.total).toBe(8);
      const diffOfUpdate = diff.items.find((item) => item.code === changed[0]!.code)!;
      expect(diffOfUpdate.fields.map((field) => field.column)).toEqual(["企业名称", "Go 团队人数"]);

      const reverted = await revertBatch(t.db, { batchId: result.batchId, actorId: ADMIN_ID });
      expect(reverted).toMatchObject({ status: "reverted", restored: 3, deleted: 5 });
      const after = await snapshot(t.db);
      expect(after.enterprises).toEqual(before.enterprises);
      expect(await t.db.importBatch.findUniqueOrThrow({ where: { id: result.batchId } })).toMatchObject({
        status: "reverted",
        revertedById: ADMIN_ID,
      });

      await expectServiceError(revertBatch(t.db, { batchId: result.batchId, actorId: ADMIN_ID }), "already-reverted", 409);
      await expectServiceError(revertBatch(t.db, { batchId: "no-such-batch", actorId: ADMIN_ID }), "batch-not-found", 404);
    });

    it("refuses to revert a batch when a later committed batch changed the same records", async () => {
      const first = await commitImport(t.db, {
        upload: await preview(t.db, [{ ...shipped[0]!, teamSize: 11 }, ...newRecords(2)]),
        actorId: ADMIN_ID,
      });
      const afterFirst = await snapshot(t.db);
      const second = await commitImport(t.db, {
        upload: await preview(t.db, [{ ...shipped[0]!, teamSize: 22 }]),
        actorId: ADMIN_ID,
      });
      const afterSecond = await snapshot(t.db);

      const refused = await expectServiceError(revertBatch(t.db, { batchId: first.batchId, actorId: ADMIN_ID }), "later-batch", 409);
      expect(refused.detail).toContain(second.batchId);
      expect(refused.detail).toContain(shipped[0]!.code);
      expect(await snapshot(t.db)).toEqual(afterSecond);

      // Reverting the later batch first makes the earlier one revertible.
      await revertBatch(t.db, { batchId: second.batchId, actorId: ADMIN_ID });
      expect((await snapshot(t.db)).enterprises).toEqual(afterFirst.enterprises);
      await revertBatch(t.db, { batchId: first.batchId, actorId: ADMIN_ID });
      expect((await snapshot(t.db)).enterprises).toEqual(shipped);
    });

    it("a failure on row N mid-commit leaves the database unchanged (test hook)", async () => {
      const before = await snapshot(t.db);
      const upload = await preview(t.db, [...newRecords(50), { ...shipped[1]!, note: "改" }]);
      const failure = new Error("injected failure after row 30");
      const attempt = commitImport(
        t.db,
        { upload, actorId: ADMIN_ID },
        {
          rowsPerStatement: 10,
          hooks: {
            afterWrite: (written) => {
              if (written >= 30) throw failure;
            },
          },
        },
      );
      await expect(attempt).rejects.toBe(failure);
      expect(await snapshot(t.db)).toEqual(before);
    });

    it("a row violating a database constraint mid-commit leaves the database unchanged", async () => {
      const before = await snapshot(t.db);
      const upload = await preview(t.db, newRecords(40));
      // Valid for the schema at preview time, refused by the foreign key at write time: row 36.
      const row = upload.preview.rows[34]!;
      row.record = { ...row.record!, architectureType: "no-such-type" as EnterpriseRecord["architectureType"] };
      await expect(commitImport(t.db, { upload, actorId: ADMIN_ID }, { rowsPerStatement: 10 })).rejects.toThrow();
      expect(await snapshot(t.db)).toEqual(before);
    });

    it("refuses a commit whose preview is stale (409), and invalid rows (422), writing nothing", async () => {
      const upload = await preview(t.db, [{ ...shipped[2]!, teamSize: 7 }]);
      await commitImport(t.db, { upload: await preview(t.db, [{ ...shipped[2]!, teamSize: 8 }]), actorId: ADMIN_ID });
      const before = await snapshot(t.db);
      const stale = await expectServiceError(
        commitImport(t.db, { upload, actorId: ADMIN_ID, expectedFingerprint: upload.fingerprint }),
        "stale-preview",
        409,
      );
      expect(stale.title).toBe("数据已变化，请重新预览");

      const bad = csvOf([{ ...shipped[3]!, teamSize: 5 }]);
      const text = new TextDecoder().decode(bad).replace(/\r\nTJ-\d+,/, "\r\n,");
      const invalid = await previewUpload(t.db, { bytes: new TextEncoder().encode(text), fileName: "bad.csv" });
      const refused = await expectServiceError(commitImport(t.db, { upload: invalid, actorId: ADMIN_ID }), "rows-invalid", 422);
      expect((refused as unknown as { extensions: { errors: unknown[] } }).extensions.errors).toEqual([
        { row: 2, column: "企业编号", message: "缺少企业编号" },
      ]);
      expect(await snapshot(t.db)).toEqual(before);
    });

    // PostgreSQL: two connections (two app instances). SQLite: one client per process, whose adapter
    // queues transactions (better-sqlite3 waits synchronously, so two clients in ONE process would
    // block each other's event loop); the cross-process case is in the CLI tests below.
    const secondClient = () => (t.kind === "postgres" ? createPrismaClient(t.url, ROOT) : t.db);
    const release = async (other: Db) => {
      if (other !== t.db) await other.$disconnect();
    };

    it("two concurrent commits serialise: the second sees the first's result", async () => {
      const other = secondClient();
      try {
        const a = await preview(t.db, [{ ...shipped[4]!, teamSize: 41 }, ...newRecords(3, 20_000)]);
        const b = await preview(other, [{ ...shipped[4]!, teamSize: 42 }, ...newRecords(3, 20_000).map((r) => ({ ...r, note: "B" }))]);
        let aInside!: () => void;
        const aHasLock = new Promise<void>((resolve) => (aInside = resolve));
        const first = commitImport(t.db, { upload: a, actorId: ADMIN_ID }, {
          hooks: {
            beforeCommit: async () => {
              aInside();
              await new Promise((resolve) => setTimeout(resolve, 400));
            },
          },
        });
        await aHasLock;
        const second = commitImport(other, { upload: b, actorId: ADMIN_ID });
        const [ra, rb] = await Promise.all([first, second]);
        expect(ra.counts).toEqual({ created: 3, updated: 1, unchanged: 0 });
        // B waited for A: it updates A's three new records instead of creating them again.
        expect(rb.counts).toEqual({ created: 0, updated: 4, unchanged: 0 });
        const bChange = await t.db.importChange.findUniqueOrThrow({
          where: { batchId_enterpriseCode: { batchId: rb.batchId, enterpriseCode: shipped[4]!.code } },
        });
        expect((bChange.before as unknown as EnterpriseRecord).teamSize).toBe(41);
        const stored = new Map((await loadEnterpriseRecords(t.db)).map((record) => [record.code, record]));
        expect(stored.get(shipped[4]!.code)?.teamSize).toBe(42);
        expect(stored.get("TJ-20000")?.note).toBe("B");
      } finally {
        await release(other);
      }
    });

    it("a concurrent commit with a preview taken before the other one fails cleanly as stale", async () => {
      const other = secondClient();
      try {
        const a = await preview(t.db, [{ ...shipped[5]!, teamSize: 51 }]);
        const b = await preview(other, [{ ...shipped[5]!, teamSize: 52 }]);
        const [ra, rb] = await Promise.allSettled([
          commitImport(t.db, { upload: a, actorId: ADMIN_ID, expectedFingerprint: a.fingerprint }),
          commitImport(other, { upload: b, actorId: ADMIN_ID, expectedFingerprint: b.fingerprint }),
        ]);
        const outcomes = [ra.status, rb.status].sort();
        expect(outcomes).toEqual(["fulfilled", "rejected"]);
        const rejected = [ra, rb].find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
        expect(rejected.reason).toMatchObject({ code: "stale-preview", status: 409 });
        expect(await t.db.importBatch.count()).toBe(1);
      } finally {
        await release(other);
      }
    });

    it("a saved column mapping makes an unusual file importable; an unknown mapping name is refused", async () => {
      const csv = new TextDecoder().decode(csvOf([{ ...shipped[6]!, teamSize: 3 }])).replace("企业编号,企业名称", "单位编码,单位全称");
      const bytes = new TextEncoder().encode(csv);
      const plain = await previewUpload(t.db, { bytes, fileName: "old.csv" });
      expect(plain.preview.canCommit).toBe(false);
      expect(plain.preview.fileErrors.join()).toContain("缺少必填列");

      await saveColumnMapping(t.db, "老模板", { 单位编码: "code", 单位全称: "label", 备注: null });
      expect((await listColumnMappings(t.db)).map((entry) => entry.name)).toEqual(["老模板"]);
      const mapped = await previewUpload(t.db, { bytes, fileName: "old.csv", mappingName: "老模板" });
      expect(mapped.preview.plan.counts).toMatchObject({ update: 1, error: 0 });
      await expectServiceError(previewUpload(t.db, { bytes, fileName: "old.csv", mappingName: "没有这个" }), "mapping-not-found", 400);
      await t.db.columnMapping.deleteMany();
    });

    it("round trip: the export (CSV and XLSX) re-imports with zero changes", async () => {
      await commitImport(t.db, { upload: await preview(t.db, newRecords(20)), actorId: ADMIN_ID });
      for (const format of ["csv", "xlsx"] as const) {
        const exported = await exportSurvey(t.db, format);
        const upload = await previewUpload(t.db, { bytes: exported.bytes, fileName: exported.fileName });
        expect(upload.preview.plan.counts).toMatchObject({ new: 0, update: 0, error: 0, unchanged: 37 + 20 });
        const result = await commitImport(t.db, { upload, actorId: ADMIN_ID, expectedFingerprint: upload.fingerprint });
        expect(result.counts).toEqual({ created: 0, updated: 0, unchanged: 57 });
      }
      const csv = await exportSurvey(t.db, "csv");
      expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    });
  });
}

describe("CLI processes and the import lock (SQLite)", () => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await createSqliteDatabase();
    await addAdmin(t.db);
    dir = mkdtempSync(path.join(os.tmpdir(), "tj-go-kill-"));
  });
  afterAll(async () => {
    await t?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  function runCli(file: string, env: Record<string, string> = {}) {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "survey-import.ts"), file, "--max-size", "50"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: t.url, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on("exit", (code, signal) => resolve(signal ?? code)));
    /** Resolves once the CLI has written everything and waits just before COMMIT. */
    const paused = new Promise<void>((resolve, reject) => {
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes("SURVEY_IMPORT_PAUSED_BEFORE_COMMIT")) resolve();
      });
      child.on("exit", () => reject(new Error(`CLI exited before pausing: ${stderr}`)));
    });
    paused.catch(() => undefined);
    return { child, exited, paused, output: () => ({ stdout, stderr }) };
  }

  function writeCsv(name: string, records: readonly EnterpriseRecord[]): string {
    const file = path.join(dir, name);
    writeFileSync(file, csvOf(records));
    return file;
  }

  it("a CLI killed (SIGKILL) before COMMIT leaves the database exactly as before; the next import works", async () => {
    const before = await snapshot(t.db);
    const shipped = await loadEnterpriseRecords(t.db);
    const file = writeCsv("large.csv", [...shipped.map((record) => ({ ...record, teamSize: 1 })), ...newRecords(20_000)]);

    const cli = runCli(file, { SURVEY_IMPORT_TEST_PAUSE_BEFORE_COMMIT_MS: "60000" });
    await cli.paused;
    // The CLI holds the write lock with all rows written but not committed.
    const probe = new Database(sqliteFilePath(t.url, ROOT), { timeout: 0 });
    expect(() => probe.exec("BEGIN IMMEDIATE")).toThrow(/locked|busy/i);
    probe.close();

    cli.child.kill("SIGKILL");
    expect(await cli.exited).toBe("SIGKILL");

    const fresh = createPrismaClient(t.url, ROOT);
    try {
      expect(await snapshot(fresh)).toEqual(before);
    } finally {
      await fresh.$disconnect();
    }

    const again = runCli(file);
    expect(await again.exited).toBe(0);
    expect(again.output().stdout).toMatch(/已提交批次 [0-9a-f-]{36}.*新增 20000 条，更新 37 条，未变 0 条/);
  }, 120_000);

  it("a commit while another process commits waits for it, then builds on its result", async () => {
    const [record] = await loadEnterpriseRecords(t.db);
    const cli = runCli(writeCsv("a.csv", [{ ...record!, teamSize: 77 }]), { SURVEY_IMPORT_TEST_PAUSE_BEFORE_COMMIT_MS: "1500" });
    await cli.paused;
    const upload = await preview(t.db, [{ ...record!, teamSize: 88 }]);
    const result = await commitImport(t.db, { upload, actorId: ADMIN_ID });
    expect(await cli.exited).toBe(0);
    expect(result.counts).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const change = await t.db.importChange.findFirstOrThrow({ where: { batchId: result.batchId } });
    expect((change.before as unknown as EnterpriseRecord).teamSize).toBe(77);
    expect((await loadEnterpriseRecords(t.db)).find((r) => r.code === record!.code)?.teamSize).toBe(88);
  }, 60_000);

  it("a commit blocked longer than the busy timeout fails cleanly with 409, writing nothing", async () => {
    const [record] = await loadEnterpriseRecords(t.db);
    const cli = runCli(writeCsv("b.csv", [{ ...record!, teamSize: 55 }]), { SURVEY_IMPORT_TEST_PAUSE_BEFORE_COMMIT_MS: "60000" });
    await cli.paused;
    const before = await snapshot(t.db);
    const upload = await preview(t.db, [{ ...record!, teamSize: 66 }]);
    const refused = await expectServiceError(commitImport(t.db, { upload, actorId: ADMIN_ID }), "busy", 409);
    expect(refused.title).toBe("另一个导入或回滚正在进行");
    cli.child.kill("SIGKILL");
    await cli.exited;
    expect(await snapshot(t.db)).toEqual(before);
  }, 60_000);
});
