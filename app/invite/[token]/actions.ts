"use server";

/**
 * Accepting an invitation: the token in the form is the one from the link; what it may create —
 * the e-mail and the role — comes from the invitation row, never from the form.
 */
import { acceptInvitation as accept } from "@/lib/data/invitations";
import { db } from "@/lib/db";
import { publicFormAction } from "@/lib/session/public-form";
import { passwordSchema } from "@/lib/validations/user";
import { z } from "@/lib/validations/zod";

export const acceptInvitation = publicFormAction({
  schema: z.object({
    token: z.string().min(1).max(100),
    name: z.string().trim().min(1, "请输入姓名").max(60, "姓名不能超过 60 个字符"),
    password: passwordSchema,
  }),
  invalid: "请修正标出的字段",
  async run({ token, name, password }) {
    const { email } = await accept(db, token, { name, password });
    return { ok: true, message: `账号 ${email} 已创建，请用该邮箱和刚设置的密码登录` };
  },
});
