/**
 * next-auth v4: e-mail + password (credentials provider), JWT sessions carrying the user's id
 * and role. Cookies are httpOnly and SameSite=Lax (next-auth's defaults) and Secure whenever the
 * site runs behind HTTPS (NEXTAUTH_URL starts with https://).
 */
import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "@/lib/validations/zod";
import { verifyPassword } from "@/lib/auth/password";
import { THROTTLE_POLICY, accountKey, clearFailures, ipKey, lockedFor, recordFailure } from "@/lib/session/throttle";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

export const ROLES = ["admin", "architect"] as const;
export type Role = (typeof ROLES)[number];

const credentialsSchema = z.object({
  email: z.email().max(200),
  password: z.string().min(1).max(200),
});

export const SIGN_IN_MESSAGES = {
  invalid: "邮箱或密码错误",
  locked: (minutes: number) => `登录失败次数过多，请 ${minutes} 分钟后再试`,
} as const;

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = String(headers?.["x-forwarded-for"] ?? "").split(",")[0]?.trim();
  return forwarded || String(headers?.["x-real-ip"] ?? "") || "unknown";
}

async function authorize(raw: Record<string, string> | undefined, headers: Record<string, unknown> | undefined) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(SIGN_IN_MESSAGES.invalid);
  const email = parsed.data.email.toLowerCase();
  const keys = [accountKey(email), ipKey(clientIp(headers))] as const;

  const minutes = await lockedFor(db, [...keys]);
  if (minutes > 0) throw new Error(SIGN_IN_MESSAGES.locked(minutes));

  const user = await db.user.findUnique({ where: { email } });
  const ok = user !== null && !user.disabled && (await verifyPassword(parsed.data.password, user.passwordHash));
  if (!ok) {
    await recordFailure(db, keys[0], THROTTLE_POLICY.maxAccountFailures);
    await recordFailure(db, keys[1], THROTTLE_POLICY.maxIpFailures);
    logger.info({ event: "sign-in-failed" }, "sign-in failed");
    throw new Error(SIGN_IN_MESSAGES.invalid);
  }
  await clearFailures(db, keys[0]);
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

export const authOptions: AuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "邮箱与密码",
      credentials: { email: { label: "邮箱", type: "email" }, password: { label: "密码", type: "password" } },
      authorize: (credentials, req) => authorize(credentials, req.headers),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: string }).role;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = String(token.uid ?? "");
        session.user.role = String(token.role ?? "");
      }
      return session;
    },
  },
};
