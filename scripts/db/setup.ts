/**
 * `npm run db:migrate` / `npm run db:seed`: applies pending migrations, then (with --seed) loads
 * the shipped data and the first admin. Called by scripts/start.sh on every start (idempotent).
 *
 * The first admin: ADMIN_EMAIL / ADMIN_PASSWORD. Locally (NODE_ENV unset or development) a
 * default admin is created and printed; with NODE_ENV=production the default password is refused.
 * Instances starting together take turns (lib/db/setup-lock.ts): each migrates and seeds under
 * one lock, so the later ones find everything done.
 */
import path from "node:path";
import { DEFAULT_ADMIN_PASSWORD } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrations";
import { seedDatabase } from "@/lib/db/seed";
import { withSetupLock } from "@/lib/db/setup-lock";
import { loadShippedData } from "@/lib/db/shipped-data";
import { parseEnv } from "@/lib/env";

const ROOT = path.resolve(__dirname, "..", "..");
const DEFAULT_ADMIN_EMAIL = "admin@example.com";

function adminFromEnv(production: boolean): { email: string; password: string } {
  const config = parseEnv(process.env);
  const email = config.ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL;
  const password = config.ADMIN_PASSWORD ?? DEFAULT_ADMIN_PASSWORD;
  if (production && password === DEFAULT_ADMIN_PASSWORD) {
    throw new Error(
      "NODE_ENV=production 时不允许使用默认管理员密码：请设置 ADMIN_PASSWORD（至少 8 个字符）/ refusing the default admin password in production",
    );
  }
  return { email, password };
}

async function main() {
  const url = parseEnv(process.env).DATABASE_URL;
  await withSetupLock(url, ROOT, () => setUp(url));
}

async function setUp(url: string) {
  const withSeed = process.argv.includes("--seed");
  const production = process.argv.includes("--production");
  const applied = await migrate(url, ROOT);
  console.log(applied.length ? `数据库迁移已应用：${applied.join(", ")}` : "数据库结构已是最新。");
  if (!withSeed) return;

  const admin = adminFromEnv(production);
  const db = createPrismaClient(url, ROOT);
  try {
    const report = await seedDatabase(db, loadShippedData(ROOT), { admin });
    if (report.enterprisesInserted) console.log(`已导入随附调研数据：${report.enterprisesInserted} 家企业（重构记录）。`);
    if (report.adminCreated) {
      const shown = admin.password === DEFAULT_ADMIN_PASSWORD ? admin.password : "（ADMIN_PASSWORD 的值）";
      console.log(`已创建管理员：${admin.email} / 密码 ${shown}`);
    }
    if (!production && admin.password === DEFAULT_ADMIN_PASSWORD) {
      console.log(`本地登录：/signin，账号 ${admin.email}，密码 ${DEFAULT_ADMIN_PASSWORD}（仅限本地；生产环境请设置 ADMIN_PASSWORD）`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
