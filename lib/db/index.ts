/**
 * The app's single Prisma client, for SQLite or PostgreSQL depending on DATABASE_URL. Only the app
 * layer (pages, route handlers, server actions, the session) imports it and hands it to lib/data
 * and the services; the CLIs and the tests create their own with createPrismaClient.
 */
import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";

// One client per process, also in production: Next bundles pages and route handlers separately,
// each with its own copy of this module, and each copy would otherwise open its own pool. (In
// development the global also survives hot reloads.)
const globalForDb = globalThis as unknown as { db?: Db };

export const db: Db = (globalForDb.db ??= createPrismaClient(env().DATABASE_URL));

export type { Db };
