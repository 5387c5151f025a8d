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

/** A comma-separated list; blanks dropped (OIDC_ADMIN_ROLES). */
const commaList = z
  .string()
  .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean));

const httpUrl = (name: string, example: string) =>
  z.url(`${name} 必须是完整的网址（如 ${example}）`).refine((url) => /^https?:\/\//i.test(url), `${name} 必须以 http:// 或 https:// 开头`);

/** The three variables that switch single sign-on on; all or none (README "Single sign-on"). */
const OIDC_REQUIRED = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;

const envSchema = z
  .object({
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
    OIDC_ISSUER: httpUrl("OIDC_ISSUER", "https://sso.example.cn/realms/main").optional(),
    OIDC_CLIENT_ID: z.string().trim().min(1).max(200, "OIDC_CLIENT_ID 过长").optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).max(500, "OIDC_CLIENT_SECRET 过长").optional(),
    /** The ID-token claim holding the user's roles or groups; a dotted path reaches into objects. */
    OIDC_ROLE_CLAIM: z
      .string()
      .trim()
      .regex(/^\S{1,200}$/, "OIDC_ROLE_CLAIM 必须是一个声明名（如 roles、groups 或 realm_access.roles），不含空格")
      .default("roles"),
    /** Values of that claim that make an administrator; any other user is an architect. */
    OIDC_ADMIN_ROLES: commaList.default([]),
    OIDC_NAME: z.string().trim().min(1).max(40, "OIDC_NAME 不能超过 40 个字符").default("企业单点登录"),
    OIDC_SCOPES: z
      .string()
      .trim()
      .refine((scopes) => scopes.split(/\s+/).includes("openid"), "OIDC_SCOPES 必须包含 openid（空格分隔，如 openid email profile）")
      .default("openid email profile"),
  })
  .superRefine((config, ctx) => {
    const set = OIDC_REQUIRED.filter((name) => config[name] !== undefined);
    if (set.length === 0 || set.length === OIDC_REQUIRED.length) return;
    for (const name of OIDC_REQUIRED.filter((missing) => config[missing] === undefined)) {
      ctx.addIssue({ code: "custom", path: [name], message: `启用单点登录需同时设置 ${OIDC_REQUIRED.join("、")}，缺少 ${name}` });
    }
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

/** Single sign-on through an OpenID Connect provider, when the environment configures one. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  roleClaim: string;
  adminRoles: string[];
  name: string;
  scopes: string;
}

export function oidcConfig(config: Env = env()): OidcConfig | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = config;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    roleClaim: config.OIDC_ROLE_CLAIM,
    adminRoles: config.OIDC_ADMIN_ROLES,
    name: config.OIDC_NAME,
    scopes: config.OIDC_SCOPES.split(/\s+/).join(" "),
  };
}

export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres");
}
