/**
 * The environment, validated once at start-up. Every module reads configuration from here, never
 * from process.env directly, so a bad value fails at start with a clear message.
 */
import { isIP } from "node:net";
import { z } from "@/lib/validations/zod";
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_CHARS, passwordFitsBcrypt } from "@/lib/domain/passwords";

export const DEFAULT_DATABASE_URL = "file:./.data/app.db";

const databaseUrl = z
  .string()
  .trim()
  .refine((url) => /^(file:.+|postgres(ql)?:\/\/.+)$/.test(url), {
    message:
      "DATABASE_URL 必须是 SQLite 文件（file:./.data/app.db）或 PostgreSQL 连接串（postgresql://user@host:5432/db）",
  });

/**
 * Which `X-Forwarded-For` entries to believe (README "Configuration"): none (the socket address is
 * the client), the last N hops, or the hops whose address is one of ours. Anything else would let a
 * client pick the key of its own sign-in throttle.
 */
export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "addresses"; entries: string[] };

const isCidrOrAddress = (entry: string) => {
  const [address = "", bits, extra] = entry.split("/");
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
};

const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): TrustProxy => {
    if (value === "" || value === "0" || value === "false") return { kind: "none" };
    if (/^\d+$/.test(value) && Number(value) <= 10) return { kind: "hops", hops: Number(value) };
    const entries = value.split(",").map((entry) => entry.trim()).filter(Boolean);
    if (entries.length > 0 && entries.every(isCidrOrAddress)) return { kind: "addresses", entries };
    ctx.addIssue({
      code: "custom",
      message: "TRUST_PROXY 必须是可信代理的跳数（1–10）或逗号分隔的代理地址 / 网段（如 10.0.0.5,10.1.0.0/16）",
    });
    return z.NEVER;
  });

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: databaseUrl.default(DEFAULT_DATABASE_URL),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET 至少 16 个字符").optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL 必须是完整的网址（如 https://selector.example.cn）").optional(),
  TRUST_PROXY: trustProxy.default({ kind: "none" }),
  ADMIN_EMAIL: z.email("ADMIN_EMAIL 不是有效的邮箱").optional(),
  ADMIN_PASSWORD: z
    .string()
    .min(PASSWORD_MIN_CHARS, `ADMIN_PASSWORD 至少 ${PASSWORD_MIN_CHARS} 个字符`)
    .refine(passwordFitsBcrypt, `ADMIN_PASSWORD 不能超过 ${PASSWORD_MAX_BYTES} 字节（UTF-8），bcrypt 只比较前 ${PASSWORD_MAX_BYTES} 字节`)
    .optional(),
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

export const MISSING_SECRET_MESSAGE =
  "NODE_ENV=production 时必须设置 NEXTAUTH_SECRET（至少 16 个字符，所有实例相同）/ NEXTAUTH_SECRET is required in production";

/**
 * The JWT signing secret. A production server without one would sign sessions with nothing
 * shared between instances (or, for next-auth, refuse every request with a bare 500), so it is an
 * error with the same message scripts/start.sh prints. `next build` also runs with
 * NODE_ENV=production and renders pages that read the session, but signs nothing: not checked there.
 */
export function authSecret(config: Env = env(), phase = process.env.NEXT_PHASE): string | undefined {
  const building = phase === "phase-production-build";
  if (!config.NEXTAUTH_SECRET && config.NODE_ENV === "production" && !building) throw new Error(MISSING_SECRET_MESSAGE);
  return config.NEXTAUTH_SECRET;
}

export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres");
}
