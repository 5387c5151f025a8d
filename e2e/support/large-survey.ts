/**
 * A second server for e2e/enterprise-table.spec.ts: the same production build on its own SQLite
 * database (.data/e2e-large.db) holding the shipped survey plus LARGE_SURVEY_EXTRA generated
 * records, so that the table can be paged, sorted, filtered and searched at scale while every
 * other spec keeps seeing the 37 shipped records on the main e2e server.
 *
 * `npx tsx e2e/support/large-survey.ts` with DATABASE_URL set seeds the database; the spec
 * imports `startLargeSurveyServer`, which does that and then runs `next start`.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

export const LARGE_SURVEY_EXTRA = 3000;
export const LARGE_SURVEY_TOTAL = LARGE_SURVEY_EXTRA + 37;
const ROOT = path.resolve(__dirname, "..", "..");
const DATABASE = ".data/e2e-large.db";

async function seed() {
  const { createPrismaClient } = await import("@/lib/db/client");
  const { recordToRow } = await import("@/lib/db/enterprise-rows");
  const { migrate } = await import("@/lib/db/migrations");
  const { seedDatabase } = await import("@/lib/db/seed");
  const { loadShippedData } = await import("@/lib/db/shipped-data");
  const { generateRecords } = await import("@/tests/support/survey-records");
  const url = process.env.DATABASE_URL!;
  await migrate(url, ROOT);
  const db = createPrismaClient(url, ROOT);
  try {
    await seedDatabase(db, loadShippedData(ROOT));
    // codes TJ-10000… (the shipped ones are TJ-01…TJ-37); effort varies, some unanswered
    const records = generateRecords(LARGE_SURVEY_EXTRA).map((record, index) => ({
      ...record,
      code: `TJ-${10000 + index}`,
      adaptationDays: index % 13 === 0 ? null : (index * 37) % 90,
    }));
    for (let start = 0; start < records.length; start += 500) {
      await db.enterprise.createMany({ data: records.slice(start, start + 500).map(recordToRow) });
    }
  } finally {
    await db.$disconnect();
  }
}

export interface LargeSurveyServer {
  baseUrl: string;
  stop(): void;
}

/** Seeds a fresh database and serves the existing build on `port`; resolves once /api/health answers. */
export async function startLargeSurveyServer(port: number): Promise<LargeSurveyServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: `file:./${DATABASE}`,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: "e2e-secret-not-for-production-000",
    ADMIN_EMAIL: "admin@example.com",
    ADMIN_PASSWORD: "e2e-admin-password",
    LOG_LEVEL: "warn",
  };
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path.join(ROOT, DATABASE + suffix), { force: true });
  const seeded = spawnSync("npx", ["--no-install", "tsx", "e2e/support/large-survey.ts"], { cwd: ROOT, env, stdio: "inherit" });
  if (seeded.status !== 0) throw new Error(`seeding ${DATABASE} failed (${seeded.status})`);
  const server: ChildProcess = spawn("npx", ["--no-install", "next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true, // its own process group, so that stop() ends next and its children
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`the large-survey server did not answer on ${baseUrl} within 120 s`);
}

if (require.main === module) {
  seed().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
