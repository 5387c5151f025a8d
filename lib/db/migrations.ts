/**
 * Applies the SQL migrations in prisma/migrations (SQLite) or prisma/postgres/migrations
 * (PostgreSQL) in name order, each in its own transaction, and records them in `_app_migrations`
 * with a checksum. Prisma 6's `migrate deploy` fails on PostgreSQL (prisma/orm#27403) and the CLI
 * is not needed at run time, so both providers use this runner
 * (docs/decisions/002-prisma-6-own-migration-runner.md).
 *
 * On PostgreSQL an advisory lock serialises app instances that start at the same moment.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { PG_LOCK_IDS } from "@/lib/db/lock-ids";
import { isPostgresUrl } from "@/lib/env";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

const MIGRATIONS_TABLE = "_app_migrations";
const PG_LOCK_ID = PG_LOCK_IDS.migrations;

export function migrationsDir(root: string, url: string): string {
  return isPostgresUrl(url)
    ? path.join(root, "prisma", "postgres", "migrations")
    : path.join(root, "prisma", "migrations");
}

export function loadMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** `file:./.data/app.db` → absolute path (relative to `root`). */
export function sqliteFilePath(url: string, root: string): string {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.isAbsolute(file) ? file : path.join(root, file);
}

function pending(applied: Map<string, string>, migrations: Migration[]): Migration[] {
  for (const migration of migrations) {
    const checksum = applied.get(migration.name);
    if (checksum !== undefined && checksum !== migration.checksum) {
      throw new Error(`迁移 ${migration.name} 已应用，但文件内容已改变（校验和不一致）；请新建迁移而不是修改旧迁移`);
    }
  }
  return migrations.filter((migration) => !applied.has(migration.name));
}

function migrateSqlite(file: string, migrations: Migration[]): string[] {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.exec(
      `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`,
    );
    const rows = db.prepare(`SELECT name, checksum FROM "${MIGRATIONS_TABLE}"`).all() as { name: string; checksum: string }[];
    const todo = pending(new Map(rows.map((row) => [row.name, row.checksum])), migrations);
    const record = db.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum, applied_at) VALUES (?, ?, ?)`);
    for (const migration of todo) {
      db.transaction(() => {
        db.exec(migration.sql);
        record.run(migration.name, migration.checksum, new Date().toISOString());
      })();
    }
    return todo.map((migration) => migration.name);
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PG_LOCK_ID]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`,
    );
    const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM "${MIGRATIONS_TABLE}"`);
    const todo = pending(new Map(rows.map((row) => [row.name, row.checksum])), migrations);
    for (const migration of todo) {
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum, applied_at) VALUES ($1, $2, now())`, [
          migration.name,
          migration.checksum,
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`迁移 ${migration.name} 失败：${(error as Error).message}`);
      }
    }
    return todo.map((migration) => migration.name);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PG_LOCK_ID]).catch(() => undefined);
    await client.end();
  }
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(url: string, root: string): Promise<string[]> {
  const dir = migrationsDir(root, url);
  if (!existsSync(dir)) throw new Error(`迁移目录不存在：${dir}`);
  const migrations = loadMigrations(dir);
  return isPostgresUrl(url) ? migratePostgres(url, migrations) : migrateSqlite(sqliteFilePath(url, root), migrations);
}
