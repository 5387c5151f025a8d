// Prisma CLI configuration (generate, migrate diff). Prisma 6 with the JS schema engine and driver
// adapters is what works offline (shared/stack-notes.md). The app never runs the CLI at run time:
// migrations are applied by our runner, lib/db/migrations.ts via scripts/db/setup.ts (docs/decisions/002-prisma-6-own-migration-runner.md).
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? "file:./.data/app.db";
const postgres = url.startsWith("postgres");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => (postgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url })),
  schema: postgres ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: {
    path: postgres ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations"),
  },
});
