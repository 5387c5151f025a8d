/**
 * One writer at a time for survey imports and reverts, in one database transaction each.
 * - PostgreSQL: `pg_advisory_xact_lock` is the transaction's first statement; a second import waits
 *   (up to `lockWaitMs`) and then sees the first one's committed rows. The lock ends with the
 *   transaction, also when the process dies.
 * - SQLite: the transaction writes first (a no-op UPDATE takes the database's write lock, the
 *   `BEGIN IMMEDIATE` of an interactive transaction); other writers wait for the busy timeout.
 *   In one process the adapter already serialises transactions.
 * Whatever happens inside `work` — an error, a crash, a kill — nothing is committed unless it
 * returns. Waiting too long becomes a clear "busy" error rather than an interleaving.
 */
import type { Db } from "@/lib/db/client";
import { ImportServiceError } from "./errors";
import { serviceMessages } from "./messages";
import { dialectOf, type Dialect, type Tx } from "./sql";
import { PG_LOCK_IDS } from "@/lib/db/lock-ids";

const IMPORT_LOCK_ID = PG_LOCK_IDS.surveyImport;

export interface TransactionOptions {
  /** How long the whole transaction may run (Prisma's interactive-transaction timeout). */
  timeoutMs?: number;
  /** How long to wait for another import to finish before giving up with "busy". */
  lockWaitMs?: number;
}

export const DEFAULT_TRANSACTION_TIMEOUT_MS = 10 * 60_000;
export const DEFAULT_LOCK_WAIT_MS = 30_000;

export async function withImportLock<T>(
  db: Db,
  work: (tx: Tx, dialect: Dialect) => Promise<T>,
  { timeoutMs = DEFAULT_TRANSACTION_TIMEOUT_MS, lockWaitMs = DEFAULT_LOCK_WAIT_MS }: TransactionOptions = {},
): Promise<T> {
  const dialect = dialectOf(db);
  try {
    return await db.$transaction(
      async (tx) => {
        await acquire(tx, dialect, lockWaitMs);
        return work(tx, dialect);
      },
      { timeout: timeoutMs + lockWaitMs, maxWait: lockWaitMs },
    );
  } catch (error) {
    if (isLockContention(error)) {
      throw new ImportServiceError("busy", 409, serviceMessages.busy, serviceMessages.busyDetail);
    }
    throw error;
  }
}

async function acquire(tx: Tx, dialect: Dialect, lockWaitMs: number): Promise<void> {
  if (dialect === "postgres") {
    await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(lockWaitMs))}`);
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_ID})`);
    return;
  }
  // Matches no row, but an UPDATE takes SQLite's RESERVED (write) lock for the transaction.
  await tx.$executeRawUnsafe(`UPDATE "ImportBatch" SET "status" = "status" WHERE 0`);
}

/** SQLite busy / PostgreSQL lock timeout / Prisma could not start the transaction in time. */
function isLockContention(error: unknown): boolean {
  if (error instanceof ImportServiceError) return false;
  const text = [
    (error as { code?: unknown })?.code,
    (error as { message?: unknown })?.message,
    JSON.stringify((error as { meta?: unknown })?.meta ?? null),
  ].join(" ");
  return /database is locked|SQLITE_BUSY|55P03|lock timeout|Unable to start a transaction/i.test(text);
}
