/** Forms of the sharing page and the token settings: one schema per action, shared with the form. */
import { SHARE_ROLES, TOKEN_SCOPES } from "@/lib/access/policy";
import { ASSESSMENT_ID_PATTERN } from "@/lib/domain/assessment-constants";
import { z } from "@/lib/validations/zod";

const assessmentId = z.string().regex(ASSESSMENT_ID_PATTERN, "评估编号无效");
const recordId = z.string().min(1, "缺少编号").max(100, "编号无效");
const role = z.enum(SHARE_ROLES, { error: "权限只能是查看或编辑" });

/** "" (never), or a whole number of days from 1 to 365. */
const expiryDays = z
  .string()
  .trim()
  .regex(/^(|[1-9]\d{0,2})$/, "有效期必须是 1–365 的整数天，或留空表示不过期")
  .refine((v) => v === "" || Number(v) <= 365, "有效期最长 365 天")
  .transform((v) => (v === "" ? null : Number(v)));

export const createShareLinkSchema = z.object({
  assessmentId,
  label: z.string().trim().min(1, "请给链接起个名字（如“评审会”）").max(60, "名称不能超过 60 个字符"),
  expiresInDays: expiryDays,
});

export const revokeShareLinkSchema = z.object({ assessmentId, linkId: recordId });

export const shareWithUserSchema = z.object({
  assessmentId,
  email: z.email("请输入有效的邮箱").max(200, "邮箱过长"),
  role,
});

export const shareWithTeamSchema = z.object({ assessmentId, teamId: recordId, role });
export const removeGrantSchema = z.object({ assessmentId, grantId: recordId });
export const setTeamSchema = z.object({ assessmentId, teamId: z.union([z.literal(""), recordId]) });
export const binSchema = z.object({ assessmentId });

export const createTokenSchema = z.object({
  name: z.string().trim().min(1, "请给令牌起个名字（如“CI 流水线”）").max(60, "名称不能超过 60 个字符"),
  scope: z.enum(["read", "write"], { error: "权限只能是只读或读写" }),
  expiresInDays: expiryDays,
});
export const revokeTokenSchema = z.object({ tokenId: recordId });

/** The scopes a token form's choice grants: write includes read. */
export const scopesFor = (choice: "read" | "write") => (choice === "write" ? [...TOKEN_SCOPES] : [TOKEN_SCOPES[0]]);

export const daysFromNow = (days: number | null, now = new Date()) => (days === null ? null : new Date(now.getTime() + days * 86_400_000));
