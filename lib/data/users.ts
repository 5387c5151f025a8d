/**
 * Accounts, as the admin's user pages change them. Expected failures (a taken e-mail, an unknown
 * user) are AppErrors with the offending field; the caller has checked the admin role.
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { CreateUserInput } from "@/lib/validations/user";

const userNotFound = () => new AppError({ status: 404, code: "user-not-found", title: "账号不存在", detail: "该账号已被删除或链接有误，请刷新页面" });

export const listUsers = (db: Db) => db.user.findMany({ orderBy: { createdAt: "asc" } });

export async function createUser(db: Db, input: CreateUserInput): Promise<string> {
  const email = input.email.toLowerCase();
  if (await db.user.findUnique({ where: { email } })) {
    throw new AppError({ status: 409, code: "email-taken", title: "该邮箱已有账号", fields: [{ path: "email", message: "该邮箱已有账号" }] });
  }
  await db.user.create({
    data: { id: randomUUID(), email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) },
  });
  return email;
}

export async function setUserDisabled(db: Db, userId: string, disabled: boolean): Promise<void> {
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { disabled } });
  if (count === 0) throw userNotFound();
}

export async function resetUserPassword(db: Db, userId: string, password: string): Promise<void> {
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { passwordHash: await hashPassword(password) } });
  if (count === 0) throw userNotFound();
}
