/**
 * Creates a Prisma client for a DATABASE_URL: better-sqlite3 for `file:` URLs, pg for
 * `postgres(ql)://` URLs (driver adapters; Prisma 6 with `engineType = "client"`, no native engine).
 * Used by the app (lib/db/index.ts), the seed and import CLIs and the tests.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite";
import { isPostgresUrl } from "@/lib/env";
import { sqliteFilePath } from "@/lib/db/migrations";

export type Db = SqliteClient;
export type { Prisma } from "@/lib/generated/sqlite";

export function createPrismaClient(url: string, root: string = process.cwd()): Db {
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url, max: 10 });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const adapter = new PrismaBetterSQLite3({ url: `file:${sqliteFilePath(url, root)}` });
  return new SqliteClient({ adapter });
}
