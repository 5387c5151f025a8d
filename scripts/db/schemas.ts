/**
 * The PostgreSQL schema is derived from the SQLite one: a Prisma provider cannot come from an
 * environment variable, so we keep one source (prisma/schema.prisma) and rewrite only what must
 * differ — the provider and the generated client's folder (shared/stack-notes.md).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const SQLITE_SCHEMA = path.join(ROOT, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join(ROOT, "prisma", "postgres", "schema.prisma");

const GENERATED_HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:generate` — do not edit by hand.\n";

export function derivePostgresSchema(sqliteSchema: string): string {
  const replaced = sqliteSchema
    .replace(/provider(\s*)= "sqlite"/, 'provider$1= "postgresql"')
    .replace(/output(\s*)= "\.\.\/lib\/generated\/sqlite"/, 'output$1= "../../lib/generated/postgres"');
  if (!replaced.includes('"postgresql"') || !replaced.includes("lib/generated/postgres")) {
    throw new Error("prisma/schema.prisma: provider or client output line not found in the expected form");
  }
  return GENERATED_HEADER + replaced;
}

export function readSqliteSchema(): string {
  return readFileSync(SQLITE_SCHEMA, "utf8");
}
