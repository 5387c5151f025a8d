/**
 * The two Prisma schemas and the committed migrations must not drift:
 * - prisma/postgres/schema.prisma is exactly what `npm run db:generate` derives from the SQLite one
 *   (they differ in the provider and the client folder only);
 * - on each provider, the committed migrations build the same tables as the schema itself.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { loadMigrations } from "@/lib/db/migrations";
import { POSTGRES_SCHEMA, derivePostgresSchema, readSqliteSchema } from "@/scripts/db/schemas";
import { ROOT, TEST_POSTGRES_URL, postgresAvailable } from "./databases";

const pgAvailable = await postgresAvailable();

function schemaSql(schema: string, url: string): string {
  return execFileSync(
    path.join(ROOT, "node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] },
  ).toString();
}

function sqliteDdl(sql: string): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tj-drift-"));
  const db = new Database(path.join(dir, "drift.db"));
  try {
    db.exec(sql);
    const rows = db.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name").all() as { sql: string }[];
    return rows.map((row) => row.sql.replace(/\s+/g, " "));
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("schema drift", () => {
  it("the PostgreSQL schema is derived from the SQLite schema and differs only in provider and output", () => {
    const committed = readFileSync(POSTGRES_SCHEMA, "utf8");
    expect(committed).toBe(derivePostgresSchema(readSqliteSchema()));
    const strip = (text: string) =>
      text
        .split("\n")
        .filter((line) => !/^\s*(provider|output)\s*=/.test(line) && !line.startsWith("// GENERATED"))
        .join("\n");
    expect(strip(committed)).toBe(strip(readSqliteSchema()));
  });

  it("SQLite migrations build exactly the schema's tables", () => {
    const fromMigrations = loadMigrations(path.join(ROOT, "prisma", "migrations")).map((m) => m.sql).join("\n");
    // The JS schema engine opens the configured database even for a diff from empty: give it a real file.
    const scratch = mkdtempSync(path.join(os.tmpdir(), "tj-drift-url-"));
    const fromSchema = schemaSql("prisma/schema.prisma", `file:${path.join(scratch, "diff.db")}`);
    rmSync(scratch, { recursive: true, force: true });
    expect(sqliteDdl(fromMigrations)).toEqual(sqliteDdl(fromSchema));
  });

  // The JS schema engine connects even for a diff from the empty schema, hence a live server.
  it.runIf(pgAvailable)("PostgreSQL migrations match the schema's SQL", () => {
    const fromMigrations = loadMigrations(path.join(ROOT, "prisma", "postgres", "migrations")).map((m) => m.sql).join("\n");
    const fromSchema = schemaSql("prisma/postgres/schema.prisma", TEST_POSTGRES_URL);
    const statements = (sql: string) =>
      sql
        .split(";")
        .map((s) => s.replace(/--[^\n]*\n/g, "").replace(/\s+/g, " ").trim())
        .filter(Boolean)
        .sort();
    expect(statements(fromMigrations)).toEqual(statements(fromSchema));
  });
});
