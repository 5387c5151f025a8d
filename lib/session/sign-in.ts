/**
 * E-mail + password sign-in, as next-auth's `authorize` runs it: throttle first (lib/session/throttle.ts),
 * then one bcrypt comparison whatever the e-mail (lib/auth/password.ts), then the account's state.
 * Failures are thrown as `Error`s whose message next-auth hands to the sign-in form, so they are
 * the Chinese sentence the user reads.
 */
import { verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { beginAttempt, succeeded, throttleKeys } from "@/lib/session/throttle";
import { ROLES, type Role } from "@/lib/session/session-state";
import { z } from "@/lib/validations/zod";

const credentialsSchema = z.object({
  email: z.email().max(200),
  password: z.string().min(1).max(200),
});

export const SIGN_IN_MESSAGES = {
  invalid: "邮箱或密码错误",
  unavailable: "登录服务暂时不可用，请稍后再试",
  wait(ms: number) {
    const seconds = Math.max(1, Math.ceil(ms / 1000));
    return seconds < 120 ? `登录尝试过于频繁，请 ${seconds} 秒后再试` : `登录尝试过于频繁，请 ${Math.ceil(seconds / 60)} 分钟后再试`;
  },
} as const;

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  sessionVersion: number;
}

/** The sign-in failures this module means the user to read; anything else is ours. */
class SignInRefusal extends Error {}

/**
 * Whatever goes wrong, the form shows one of our sentences: next-auth hands the thrown message
 * to the browser, and a database or limiter error's message would carry internals in English.
 */
export async function signInWithPassword(db: Db, raw: Record<string, string> | undefined, client: string): Promise<SignedInUser> {
  try {
    return await attemptSignIn(db, raw, client);
  } catch (error) {
    if (error instanceof SignInRefusal) throw error;
    logger.error({ err: error, event: "sign-in-error" }, "sign-in failed unexpectedly");
    throw new SignInRefusal(SIGN_IN_MESSAGES.unavailable);
  }
}

async function attemptSignIn(db: Db, raw: Record<string, string> | undefined, client: string): Promise<SignedInUser> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new SignInRefusal(SIGN_IN_MESSAGES.invalid);
  const email = parsed.data.email.toLowerCase();
  const keys = throttleKeys(email, client);

  const attempt = await beginAttempt(db, keys);
  if (!attempt.allowed) {
    logger.info({ event: "sign-in-throttled", client, retryAfterMs: attempt.retryAfterMs }, "sign-in throttled");
    throw new SignInRefusal(SIGN_IN_MESSAGES.wait(attempt.retryAfterMs));
  }

  const user = await db.user.findUnique({ where: { email } });
  // An SSO-only account has an empty hash: compare against the dummy hash, so the time taken does not tell it apart.
  const matches = await verifyPassword(parsed.data.password, user?.passwordHash || null);
  if (!user || !matches || user.disabled || !(ROLES as readonly string[]).includes(user.role)) {
    logger.info({ event: "sign-in-failed", client }, "sign-in failed");
    throw new SignInRefusal(SIGN_IN_MESSAGES.invalid);
  }
  await succeeded(db, keys);
  return { id: user.id, name: user.name, email: user.email, role: user.role as Role, sessionVersion: user.sessionVersion };
}
