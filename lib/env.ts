/**
 * The environment, validated once at start-up. Every module reads configuration from here, never
 * from process.env directly, so a bad value fails at start with a clear message.
 */
import { z } from "@/lib/validations/zod";

export const DEFAULT_DATABASE_URL = "file:./.data/app.db";

const databaseUrl = z
  .string()
  .trim()
  .refine((url) => /^(file:.+|postgres(ql)?:\/\/.+)$/.test(url), {
    message:
      "DATABASE_URL 必须是 SQLite 文件（file:./.data/app.db）或 PostgreSQL 连接串（postgresql://user@host:5432/db）",
  });

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: databaseUrl.default(DEFAULT_DATABASE_URL),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET 至少 16 个字符").optional(),
  ADMIN_EMAIL: z.email("ADMIN_EMAIL 不是有效的邮箱").optional(),
  ADMIN_PASSWORD: z.string().min(8, "ADMIN_PASSWORD 至少 8 个字符").optional(),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`环境变量配置有误 / invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres");
}
