"use server";

/** Admin user management: each action declares its schema; `adminFormAction` checks the admin role. */
import { revalidatePath } from "next/cache";
import { createUser as createAccount, resetUserPassword, setUserDisabled as setDisabled } from "@/lib/data/users";
import { db } from "@/lib/db";
import { adminFormAction } from "@/lib/http/action";
import { forgetSessionUser } from "@/lib/session/session-state";
import { createUserSchema, resetPasswordSchema, toggleUserSchema } from "@/lib/validations/user";

const PAGE = "/admin/users";

export const createUser = adminFormAction({
  schema: createUserSchema,
  page: PAGE,
  invalid: "请修正标出的字段",
  async run(input) {
    const email = await createAccount(db, input);
    revalidatePath(PAGE);
    return { ok: true, message: `已创建账号 ${email}` };
  },
});

export const setUserDisabled = adminFormAction({
  schema: toggleUserSchema,
  page: PAGE,
  invalid: "请求无效",
  async run({ userId, disabled }, admin) {
    if (userId === admin.id) return { ok: false, message: "不能停用自己的账号" };
    await setDisabled(db, userId, disabled === "true");
    // This instance refuses the user's old sessions at once; others within the session cache's few seconds.
    forgetSessionUser(userId);
    revalidatePath(PAGE);
    return { ok: true, message: disabled === "true" ? "账号已停用，其现有会话已失效" : "账号已启用" };
  },
});

export const resetPassword = adminFormAction({
  schema: resetPasswordSchema,
  page: PAGE,
  async run({ userId, password }) {
    await resetUserPassword(db, userId, password);
    forgetSessionUser(userId);
    return { ok: true, message: "密码已重置，该账号的现有会话已失效" };
  },
});
