"use server";

/**
 * Admin user management. A server action is a public endpoint: each one checks the admin role
 * itself before touching anything (next-learn's gap, closed).
 */
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { requireAdminPage } from "@/lib/session";
import { createUserSchema, resetPasswordSchema, toggleUserSchema, type FormState } from "@/lib/validations/user";

const PAGE = "/admin/users";

export async function createUser(_prev: FormState, form: FormData): Promise<FormState> {
  await requireAdminPage(PAGE);
  const parsed = createUserSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "请修正标出的字段", fieldErrors: parsed.error.flatten().fieldErrors };
  const email = parsed.data.email.toLowerCase();
  if (await db.user.findUnique({ where: { email } })) {
    return { ok: false, message: "该邮箱已有账号", fieldErrors: { email: ["该邮箱已有账号"] } };
  }
  await db.user.create({
    data: { id: randomUUID(), email, name: parsed.data.name, role: parsed.data.role, passwordHash: await hashPassword(parsed.data.password) },
  });
  revalidatePath(PAGE);
  return { ok: true, message: `已创建账号 ${email}` };
}

export async function setUserDisabled(_prev: FormState, form: FormData): Promise<FormState> {
  const admin = await requireAdminPage(PAGE);
  const parsed = toggleUserSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "请求无效" };
  if (parsed.data.userId === admin.id) return { ok: false, message: "不能停用自己的账号" };
  await db.user.update({ where: { id: parsed.data.userId }, data: { disabled: parsed.data.disabled === "true" } });
  revalidatePath(PAGE);
  return { ok: true, message: parsed.data.disabled === "true" ? "账号已停用" : "账号已启用" };
}

export async function resetPassword(_prev: FormState, form: FormData): Promise<FormState> {
  await requireAdminPage(PAGE);
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "请求无效" };
  await db.user.update({ where: { id: parsed.data.userId }, data: { passwordHash: await hashPassword(parsed.data.password) } });
  return { ok: true, message: "密码已重置" };
}
