/**
 * Throw-away databases for tests: a temporary SQLite file, and a PostgreSQL database created and
 * dropped on the server at TEST_POSTGRES_URL. On CI (CI=true) a missing PostgreSQL fails the run;
 * on a laptop without one the PostgreSQL tests are skipped with a printed notice.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrations";
import { seedDatabase } from "@/lib/db/seed";
import { loadShippedData } from "@/lib/db/shipped-data";

export const ROOT = path.resolve(__dirname, "..", "..");
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  kind: "sqlite" | "postgres";
  url: string;
  db: Db;
  drop(): Promise<void>;
}

async function prepare(url: string, seed: boolean): Promise<Db> {
  await migrate(url, ROOT);
  const db = createPrismaClient(url, ROOT);
  if (seed) await seedDatabase(db, loadShippedData(ROOT));
  return db;
}

export async function createSqliteDatabase({ seed = true } = {}): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tj-go-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const db = await prepare(url, seed);
  return {
    kind: "sqlite",
    url,
    db,
    async drop() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Whether PostgreSQL answers; on CI its absence is an error, not a skip. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    if (process.env.CI === "true") {
      throw new Error(`CI=true 但 PostgreSQL 不可用（${TEST_POSTGRES_URL}）：${(error as Error).message}`);
    }
    console.warn(`[notice] PostgreSQL 不可用（${TEST_POSTGRES_URL}），跳过 PostgreSQL 测试`);
    return false;
  }
}

export async function createPostgresDatabase({ seed = true } = {}): Promise<TestDatabase> {
  const name = `tj_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(TEST_POSTGRES_URL, name);
  const db = await prepare(url, seed);
  return {
    kind: "postgres",
    url,
    db,
    async drop() {
      await db.$disconnect();
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The providers every database test runs on; PostgreSQL when its server answers (see above). */
export async function testProviders() {
  const pgAvailable = await postgresAvailable();
  return [
    { name: "SQLite", create: createSqliteDatabase, enabled: true },
    { name: "PostgreSQL", create: createPostgresDatabase, enabled: pgAvailable },
  ];
}

type Provider = Awaited<ReturnType<typeof testProviders>>[number];

/**
 * The throw-away database of one describe block: created (migrated and seeded) before its tests,
 * handed to `ready`, and dropped after them.
 */
export function useTestDatabase(provider: Provider, ready: (database: TestDatabase) => void | Promise<void>): void {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await provider.create();
    await ready(database);
  });
  afterAll(async () => {
    await database?.drop();
  });
}
