/**
 * The two Prisma schemas and the committed migrations must not drift:
 * - prisma/postgres/schema.prisma is exactly what `npm run db:generate` derives from the SQLite one
 *   (they differ in the provider and the client folder only);
 * - on each provider, the committed migrations build the same tables, columns, indexes and
 *   constraints as the schema itself. The structure is compared, not the DDL text, because a
 *   migration may add a column (ALTER TABLE) where the schema's own SQL creates it in place.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
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

/** Every table's columns, indexes and foreign keys after running `sql` on an empty SQLite file. */
function sqliteStructure(sql: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tj-drift-"));
  const db = new Database(path.join(dir, "drift.db"));
  try {
    db.exec(sql);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    const byName = <T extends { name: string }>(rows: T[]) => rows.sort((a, b) => a.name.localeCompare(b.name));
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        {
          columns: byName(db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)`).all(name) as { name: string }[]),
          indexes: byName(
            (db.prepare(`SELECT name, "unique" FROM pragma_index_list(?)`).all(name) as { name: string; unique: number }[]).map((index) => ({
              ...index,
              columns: (db.prepare("SELECT name FROM pragma_index_info(?)").all(index.name) as { name: string }[]).map((c) => c.name),
            })),
          ),
          foreignKeys: db.prepare(`SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY "from"`).all(name),
        },
      ]),
    );
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same for PostgreSQL: `sql` runs in a throw-away database on the test server. */
async function postgresStructure(sql: string) {
  const name = `tj_drift_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  try {
    await client.connect();
    await client.query(sql);
    const rows = async (query: string) => (await client.query(query)).rows;
    return {
      columns: await rows(`SELECT table_name, column_name, data_type, is_nullable, column_default, datetime_precision
        FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, column_name`),
      indexes: await rows(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`),
      constraints: await rows(`SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS definition
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY conname`),
    };
  } finally {
    await client.end();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
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
    expect(sqliteStructure(fromMigrations)).toEqual(sqliteStructure(fromSchema));
  });

  // The JS schema engine connects even for a diff from the empty schema, hence a live server.
  it.runIf(pgAvailable)("PostgreSQL migrations build exactly the schema's tables", async () => {
    const fromMigrations = loadMigrations(path.join(ROOT, "prisma", "postgres", "migrations")).map((m) => m.sql).join("\n");
    const fromSchema = schemaSql("prisma/postgres/schema.prisma", TEST_POSTGRES_URL);
    expect(await postgresStructure(fromMigrations)).toEqual(await postgresStructure(fromSchema));
  });
});
