"use server";

/**
 * Saves a column mapping under a name (upload and commit go through the API route, which reports
 * upload progress).
 */
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { db } from "@/lib/db";
import { adminAction } from "@/lib/http/action";
import { saveColumnMapping } from "@/lib/survey-import";
import { saveMappingSchema } from "@/lib/survey-import/schemas";

export const saveMappingAction = adminAction<z.infer<typeof saveMappingSchema>, { name: string }>({
  schema: saveMappingSchema,
  page: "/admin/import",
  async run({ name, mapping }) {
    await saveColumnMapping(db, name, mapping);
    revalidatePath("/admin/import");
    return { ok: true, name, message: `已保存列映射「${name}」` };
  },
});
