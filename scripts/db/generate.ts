/**
 * Writes prisma/postgres/schema.prisma from prisma/schema.prisma and generates both Prisma clients
 * (lib/generated/sqlite, lib/generated/postgres). Runs offline: Prisma 6 with the JS engine.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { POSTGRES_SCHEMA, ROOT, derivePostgresSchema, readSqliteSchema } from "./schemas";

mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(readSqliteSchema()));

const prisma = path.join(ROOT, "node_modules", ".bin", "prisma");
// `generate` needs a resolvable datasource URL of the right kind, else it tries to download an engine.
const targets = [
  { schema: "prisma/schema.prisma", url: "file:./.data/generate.db" },
  { schema: "prisma/postgres/schema.prisma", url: "postgresql://localhost:5432/generate" },
];
for (const { schema, url } of targets) {
  execFileSync(prisma, ["generate", "--schema", schema], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
}
console.log("Prisma clients generated (sqlite, postgres).");
