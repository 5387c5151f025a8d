/**
 * Several instances starting at the same moment on one empty database (the README's deployment):
 * each runs `scripts/db/setup.ts --seed`; all must finish, and the data must be there exactly once.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { ROOT, TEST_POSTGRES_URL, postgresAvailable } from "./databases";

const pgAvailable = await postgresAvailable();

function setUp(url: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "db", "setup.ts"), "--seed"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, ADMIN_EMAIL: "admin@example.com", ADMIN_PASSWORD: "setup-lock-test-password" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

async function startTogether(url: string, count = 3) {
  const results = await Promise.all(Array.from({ length: count }, () => setUp(url)));
  for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
  const db = createPrismaClient(url, ROOT);
  try {
    expect(await db.enterprise.count()).toBe(37);
    expect(await db.user.count()).toBe(1);
    expect(await db.architectureProfile.count()).toBe(5);
  } finally {
    await db.$disconnect();
  }
}

describe("instances starting together", () => {
  it("on one new SQLite file: all start, the data is seeded once", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tj-setup-"));
    try {
      await startTogether(`file:${path.join(dir, "app.db")}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it.runIf(pgAvailable)("on one new PostgreSQL database: all start, the data is seeded once", async () => {
    const name = `tj_setup_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(TEST_POSTGRES_URL);
    url.pathname = `/${name}`;
    try {
      await startTogether(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});
