/**
 * Migrations change structure, never data: a database filled under an older migration keeps
 * every row after the newer ones run (SQLite applies each migration in a transaction, where a
 * table rebuild could cascade-delete child rows).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { loadMigrations, migrate } from "@/lib/db/migrations";
import { ROOT } from "./databases";

describe("SQLite migrations on a database with data", () => {
  it("keep every assessment, version and user when later migrations run", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tj-migrate-"));
    const file = path.join(dir, "app.db");
    try {
      const [first, ...rest] = loadMigrations(path.join(ROOT, "prisma", "migrations"));
      expect(rest.length).toBeGreaterThan(0);
      // Build the database as the first release left it, with data, and record that migration.
      const old = new Database(file);
      old.exec(first!.sql);
      old.exec(`CREATE TABLE "_app_migrations" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      old.prepare(`INSERT INTO "_app_migrations" VALUES (?, ?, ?)`).run(first!.name, first!.checksum, new Date().toISOString());
      old.exec(`INSERT INTO "Assessment" (id, systemName, createdAt, updatedAt) VALUES ('a1', '旧系统', 0, 0)`);
      old.exec(`INSERT INTO "AssessmentVersion" (assessmentId, version, status, answers, createdAt, updatedAt) VALUES ('a1', 1, 'draft', '{}', 0, 0)`);
      old.exec(`INSERT INTO "User" (id, email, name, role, passwordHash, createdAt, updatedAt) VALUES ('u1', 'a@example.com', '甲', 'admin', 'x', 0, 0)`);
      old.close();

      expect(await migrate(`file:${file}`, ROOT)).toEqual(rest.map((migration) => migration.name));

      const db = new Database(file);
      expect(db.prepare(`SELECT count(*) AS n FROM "AssessmentVersion" WHERE assessmentId = 'a1'`).get()).toEqual({ n: 1 });
      expect(db.prepare(`SELECT revision FROM "Assessment" WHERE id = 'a1'`).get()).toEqual({ revision: 0 });
      expect(db.prepare(`SELECT sessionVersion FROM "User" WHERE id = 'u1'`).get()).toEqual({ sessionVersion: 0 });
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
