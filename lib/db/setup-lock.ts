/**
 * One start-up at a time per database. Instances started together on one PostgreSQL database, or
 * processes sharing one SQLite file, each migrate and seed; without a lock two of them seed the
 * same rows at once and one dies on a unique constraint. The lock is held for the whole of
 * "migrate, then seed", so the second process waits and then finds nothing left to do.
 *
 * - PostgreSQL: a session advisory lock (released when the session ends, even on a crash).
 * - SQLite: an exclusive transaction on a small lock file beside the database (released when the
 *   process ends); `busy_timeout` makes the others wait instead of failing.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "@/lib/env";
import { PG_LOCK_IDS } from "@/lib/db/lock-ids";
import { sqliteFilePath } from "@/lib/db/migrations";

const PG_SETUP_LOCK_ID = PG_LOCK_IDS.setup;
const WAIT_MS = 5 * 60 * 1000;

export async function withSetupLock<T>(url: string, root: string, work: () => Promise<T>): Promise<T> {
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1)", [PG_SETUP_LOCK_ID]);
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PG_SETUP_LOCK_ID]).catch(() => undefined);
      await client.end();
    }
  }
  const file = `${sqliteFilePath(url, root)}.setup-lock`;
  mkdirSync(path.dirname(file), { recursive: true });
  const lock = new Database(file, { timeout: WAIT_MS });
  try {
    lock.exec("BEGIN EXCLUSIVE");
    return await work();
  } finally {
    if (lock.inTransaction) lock.exec("ROLLBACK");
    lock.close();
  }
}
