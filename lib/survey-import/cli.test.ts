/**
 * The CLI's contract on a real (temporary SQLite) database: exit codes 0/1/2, row errors printed
 * as "第 N 行 [列名] 消息" (the first 1,000, then their count), the data lines beside the rows read,
 * `--as` resolution, and nothing written when a row is invalid.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { exportCsv } from "@/lib/survey-files";
import { ROOT, createSqliteDatabase, type TestDatabase } from "@/tests/db/databases";
import { zipBomb } from "@/tests/support/xlsx-files";
import { parseCliArgs, runImportCli } from "./cli";
import { loadEnterpriseRecords } from "./records";

describe("parseCliArgs", () => {
  it("reads the file, options and the size limit", () => {
    expect(parseCliArgs(["a.xlsx", "--sheet", "调研数据", "--dry-run", "--as", "a@b.cn", "--max-size", "50"])).toEqual({
      ok: true,
      file: "a.xlsx",
      sheet: "调研数据",
      mapping: undefined,
      dryRun: true,
      as: "a@b.cn",
      maxBytes: 50 * 1024 * 1024,
    });
  });

  it("refuses bad usage", () => {
    expect(parseCliArgs([])).toMatchObject({ ok: false, message: "请指定要导入的文件" });
    expect(parseCliArgs(["a.csv", "b.csv"])).toMatchObject({ ok: false });
    expect(parseCliArgs(["a.csv", "--bogus"])).toMatchObject({ ok: false });
    expect(parseCliArgs(["a.csv", "--max-size", "zero"])).toMatchObject({ ok: false });
  });
});

describe("runImportCli", () => {
  let t: TestDatabase;
  let dir: string;
  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runImportCli(argv, {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      databaseUrl: t.url,
      root: ROOT,
      openDb: (url) => createPrismaClient(url, ROOT),
    });
    return { code, out: out.join("\n"), err: err.join("\n") };
  };
  const file = (name: string, text: string | Uint8Array) => {
    const target = path.join(dir, name);
    writeFileSync(target, text);
    return target;
  };

  beforeAll(async () => {
    t = await createSqliteDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), "tj-go-cli-"));
  });
  afterAll(async () => {
    await t?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("exits 2 on bad usage, an unreadable file, or without an admin", async () => {
    expect((await run([])).code).toBe(2);
    const missing = await run([path.join(dir, "nope.csv")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("无法读取文件");
    const noAdmin = await run([file("empty-admins.csv", exportCsv([]))]);
    expect(noAdmin.code).toBe(2);
    expect(noAdmin.err).toContain("没有可用的管理员");
  });

  it("prints row errors as 第 N 行 [列名] 消息, exits 1 and writes nothing", async () => {
    await t.db.user.create({ data: { id: "u1", email: "admin@example.com", name: "管理员", role: "admin", passwordHash: "x" } });
    const before = await loadEnterpriseRecords(t.db);
    const [first] = before;
    const csv = new TextDecoder()
      .decode(exportCsv([{ ...first!, teamSize: 3 }, { ...first!, code: "TJ-901" }]))
      .replace("\r\nTJ-901,", "\r\n,");
    const result = await run([file("bad.csv", csv)]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("第 3 行 [企业编号] 缺少企业编号");
    expect(result.out).toContain("预览：新增 0 条，更新 1 条，未变 0 条，错误 1 行。");
    expect(await loadEnterpriseRecords(t.db)).toEqual(before);
    expect(await t.db.importBatch.count()).toBe(0);
  });

  it("a dry run exits 0 without writing; a commit prints the counts and the batch id", async () => {
    const [first] = await loadEnterpriseRecords(t.db);
    const good = file("good.csv", exportCsv([{ ...first!, teamSize: 3 }]));
    const dry = await run([good, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("试运行（--dry-run）");
    expect(await t.db.importBatch.count()).toBe(0);

    const committed = await run([good]);
    expect(committed.code).toBe(0);
    expect(committed.out).toMatch(/已提交批次 [0-9a-f-]{36}（admin@example.com）：新增 0 条，更新 1 条，未变 0 条。/);
    expect(await t.db.importBatch.count()).toBe(1);
  });

  it("--as must name an enabled admin; without it, more than one admin is ambiguous", async () => {
    const [first] = await loadEnterpriseRecords(t.db);
    const good = file("as.csv", exportCsv([{ ...first!, teamSize: 4 }]));
    await t.db.user.create({ data: { id: "u2", email: "arch@example.com", name: "架构师", role: "architect", passwordHash: "x" } });
    await t.db.user.create({ data: { id: "u3", email: "second@example.com", name: "管理员二", role: "admin", passwordHash: "x" } });
    expect((await run([good, "--as", "arch@example.com"])).err).toContain("不是管理员");
    expect((await run([good, "--as", "ghost@example.com"])).err).toContain("找不到用户");
    const ambiguous = await run([good]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err).toContain("请用 --as 指定");
    const chosen = await run([good, "--as", "SECOND@example.com"]);
    expect(chosen.code).toBe(0);
    const batch = await t.db.importBatch.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(batch.committedById).toBe("u3");
  });

  it("prints the data lines beside the rows read, and counts the row errors it does not list", async () => {
    // 600 rows, two bad cells each, alternating CRLF and LF line ends: 1,200 errors, 1,000 listed.
    const rows = Array.from({ length: 600 }, (_, index) => `TJ-${100_000 + index},企业${index},火星区,采矿,微服务网关型,选型成功`);
    const csv = ["企业编号,企业名称,所在区,行业,架构类型,选型结果", ...rows].map((line, index) => line + (index % 2 ? "\n" : "\r\n")).join("");
    const result = await run([file("mixed.csv", csv), "--dry-run", "--as", "admin@example.com"]);
    expect(result.code).toBe(1);
    expect(result.out).toContain("数据行 600，已读取 600 行");
    expect(result.err.split("\n").filter((line) => line.startsWith("第 "))).toHaveLength(1_000);
    expect(result.err).toContain("另有 200 条错误未列出（共 1200 条错误，涉及 600 行）");
    expect(result.err).toContain("错误最多的列：「所在区」 600 条，「行业」 600 条");
  });

  it("a zip bomb exits 2 with the limit it exceeds", async () => {
    const result = await run([file("bomb.xlsx", await zipBomb()), "--dry-run", "--as", "admin@example.com"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("疑似压缩炸弹");
  }, 60_000);

  it("an unreadable spreadsheet exits 2 with the reader's message", async () => {
    const result = await run([file("broken.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), "--as", "admin@example.com"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("文件无法读取");
  });
});
