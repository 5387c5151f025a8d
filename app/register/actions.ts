"use server";

/**
 * Self-registration: only while an admin has switched it on (checked here, on every submission,
 * not just when the page was rendered), at most REGISTRATION_LIMIT attempts per client, and always
 * an architect account.
 */
import { headers } from "next/headers";
import { selfRegistrationOpen } from "@/lib/data/settings";
import { registerArchitect } from "@/lib/data/users";
import { db } from "@/lib/db";
import { clientAddressFrom } from "@/lib/session/client-address";
import { publicFormAction } from "@/lib/session/public-form";
import { consumeRegistrationAttempt } from "@/lib/session/registration-limit";
import { passwordSchema } from "@/lib/validations/user";
import { z } from "@/lib/validations/zod";

export const register = publicFormAction({
  schema: z.object({
    email: z.email("请输入有效的邮箱").max(200, "邮箱过长"),
    name: z.string().trim().min(1, "请输入姓名").max(60, "姓名不能超过 60 个字符"),
    password: passwordSchema,
  }),
  invalid: "请修正标出的字段",
  async run(input) {
    if (!(await selfRegistrationOpen(db))) return { ok: false, message: "自助注册未开放：请联系管理员创建账号或发出邀请" };
    await consumeRegistrationAttempt(db, clientAddressFrom(await headers()));
    const email = await registerArchitect(db, input);
    return { ok: true, message: `已注册架构师账号 ${email}，请登录` };
  },
});
