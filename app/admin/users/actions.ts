"use server";

/**
 * Admin user management: accounts, invitations and the self-registration switch. Each action
 * declares its schema; `adminFormAction` checks the admin role.
 */
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { createInvitation as invite, INVITATION_DEFAULT_DAYS, INVITATION_MAX_DAYS, revokeInvitation as revoke } from "@/lib/data/invitations";
import { setSelfRegistration as setRegistration } from "@/lib/data/settings";
import { createUser as createAccount, resetUserPassword, setUserDisabled as setDisabled } from "@/lib/data/users";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { adminFormAction } from "@/lib/http/action";
import { forgetSessionUser } from "@/lib/session/session-state";
import { createUserSchema, resetPasswordSchema, toggleUserSchema } from "@/lib/validations/user";
import { z } from "@/lib/validations/zod";

const PAGE = "/admin/users";
const INVITE_PAGE = "/admin/users/invite";

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

const invitationSchema = z.object({
  email: z.email("请输入有效的邮箱").max(200, "邮箱过长"),
  role: z.enum(["admin", "architect"], { error: "角色只能是管理员或架构师" }),
  days: z.preprocess(
    (value) => (value === "" || value === undefined ? INVITATION_DEFAULT_DAYS : Number(value)),
    z
      .number({ error: "有效期必须是天数" })
      .int("有效期必须是整数天")
      .min(1, "有效期至少 1 天")
      .max(INVITATION_MAX_DAYS, `有效期不能超过 ${INVITATION_MAX_DAYS} 天`),
  ),
});

/** The site's public origin for the link the admin hands on: NEXTAUTH_URL, else the request's own host. */
async function siteOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = (await headers()).get("host") ?? "localhost";
  return `http://${host}`;
}

export const createInvitation = adminFormAction<z.infer<typeof invitationSchema>, { link: string; email: string }>({
  schema: invitationSchema,
  page: INVITE_PAGE,
  invalid: "请修正标出的字段",
  async run(input, admin) {
    const created = await invite(db, input, admin.id);
    revalidatePath(PAGE);
    const link = `${await siteOrigin()}/invite/${created.token}`;
    return {
      ok: true,
      message: `已邀请 ${created.email}：链接只显示这一次，${input.days} 天内有效，请复制后发给对方`,
      link,
      email: created.email,
    };
  },
});

export const revokeInvitation = adminFormAction({
  schema: z.object({ invitationId: z.string().min(1).max(100) }),
  page: PAGE,
  invalid: "请求无效",
  async run({ invitationId }) {
    await revoke(db, invitationId);
    revalidatePath(PAGE);
    return { ok: true, message: "邀请已撤销，链接已失效" };
  },
});

export const setSelfRegistration = adminFormAction({
  schema: z.object({ open: z.enum(["on", "off"]) }),
  page: PAGE,
  invalid: "请求无效",
  async run({ open }) {
    await setRegistration(db, open === "on");
    revalidatePath(PAGE);
    return { ok: true, message: open === "on" ? "已开启自助注册：任何人可在 /register 注册架构师账号" : "已关闭自助注册" };
  },
});
