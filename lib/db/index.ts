/**
 * The single Prisma client (taxonomy's lib/db.ts), for SQLite or PostgreSQL depending on
 * DATABASE_URL. Both generated clients come from one schema (prisma/schema.prisma), so their APIs
 * are the same; the PostgreSQL one is typed as the SQLite one.
 */
import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { db?: Db };

export const db: Db = globalForDb.db ?? createPrismaClient(env().DATABASE_URL);
if (env().NODE_ENV !== "production") globalForDb.db = db;

export type { Db };
