import { z } from "@/lib/validations/zod";

/** `?version=N` of the result page, the API and the downloads: a positive integer of up to six digits. */
export const versionParamSchema = z
  .string()
  .regex(/^[1-9]\d{0,5}$/, "version 必须是正整数")
  .transform(Number)
  .meta({ description: "版本号（正整数）；省略时为最新版本" });
/** `?share=` of a read-only link: lets a signed-out visitor of /s/{token} download the PDF and the script. */
export const shareTokenParamSchema = z.string().max(200).meta({ description: "只读分享链接的令牌（/s/{token} 中的 token）；用于未登录访客下载报告与脚本" });
export const versionQuerySchema = z.object({ version: versionParamSchema.optional(), share: shareTokenParamSchema.optional() });
