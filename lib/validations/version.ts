import { z } from "@/lib/validations/zod";

/** `?version=N` of the result page, the API and the downloads: a positive integer of up to six digits. */
export const versionParamSchema = z
  .string()
  .regex(/^[1-9]\d{0,5}$/, "version 必须是正整数")
  .transform(Number)
  .meta({ description: "版本号（正整数）；省略时为最新版本" });
export const versionQuerySchema = z.object({ version: versionParamSchema.optional() });
