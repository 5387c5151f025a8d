/** Admin user management forms: one schema per action, shared by the form and the server action. */
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_CHARS, passwordFitsBcrypt } from "@/lib/domain/passwords";
import { z } from "@/lib/validations/zod";

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_CHARS, `密码至少 ${PASSWORD_MIN_CHARS} 个字符`)
  .max(200, "密码不能超过 200 个字符")
  .refine(passwordFitsBcrypt, `密码不能超过 ${PASSWORD_MAX_BYTES} 字节（UTF-8 编码；一个汉字占 3 字节）`);

export const createUserSchema = z.object({
  email: z.email("请输入有效的邮箱").max(200, "邮箱过长"),
  name: z.string().trim().min(1, "请输入姓名").max(60, "姓名不能超过 60 个字符"),
  role: z.enum(["admin", "architect"], { error: "角色只能是管理员或架构师" }),
  password: passwordSchema,
});

export type CreateUserInput = z.infer<typeof createUserSchema>;

export const resetPasswordSchema = z.object({ userId: z.string().min(1).max(100), password: passwordSchema });
export const toggleUserSchema = z.object({ userId: z.string().min(1).max(100), disabled: z.enum(["true", "false"]) });
