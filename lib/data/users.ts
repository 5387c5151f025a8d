/**
 * Accounts, as the admin's user pages change them. Expected failures (a taken e-mail, an unknown
 * user) are AppErrors with the offending field; the caller has checked the admin role.
 *
 * A password reset and disabling bump the user's `sessionVersion` in the same UPDATE, which ends
 * every session issued before (lib/session/session-state.ts); so does signing out (`endSessions`).
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { CreateUserInput } from "@/lib/validations/user";

const userNotFound = () => new AppError({ status: 404, code: "user-not-found", title: "账号不存在", detail: "该账号已被删除或链接有误，请刷新页面" });
const emailTaken = () =>
  new AppError({ status: 409, code: "email-taken", title: "该邮箱已有账号", fields: [{ path: "email", message: "该邮箱已有账号" }] });

/** Prisma's unique-constraint violation: two admins created the same e-mail at the same moment. */
const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

export const listUsers = (db: Db) => db.user.findMany({ orderBy: { createdAt: "asc" } });

export async function createUser(db: Db, input: CreateUserInput): Promise<string> {
  const email = input.email.toLowerCase();
  if (await db.user.findUnique({ where: { email } })) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    await db.user.create({ data: { id: randomUUID(), email, name: input.name, role: input.role, passwordHash } });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  return email;
}

export async function setUserDisabled(db: Db, userId: string, disabled: boolean): Promise<void> {
  const data = disabled ? { disabled, sessionVersion: { increment: 1 } } : { disabled };
  const { count } = await db.user.updateMany({ where: { id: userId }, data });
  if (count === 0) throw userNotFound();
}

export async function resetUserPassword(db: Db, userId: string, password: string): Promise<void> {
  // Look first: an unknown id answers at once instead of after a bcrypt hash.
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw userNotFound();
  const passwordHash = await hashPassword(password);
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  if (count === 0) throw userNotFound();
}

/**
 * Signing out: ends every session of the user, but only while `tokenVersion` is still the current
 * version, so that a replayed old cookie cannot end the sessions that replaced it.
 */
export async function endSessions(db: Db, userId: string, tokenVersion: number): Promise<void> {
  await db.user.updateMany({ where: { id: userId, sessionVersion: tokenVersion }, data: { sessionVersion: { increment: 1 } } });
}
