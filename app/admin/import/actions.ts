"use server";

/**
 * Saves a column mapping under a name (upload and commit go through the API route, which reports
 * upload progress). A server action is a public endpoint: it checks the admin role itself.
 */
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireAdminPage } from "@/lib/session";
import { saveColumnMapping } from "@/lib/survey-import";
import { saveMappingSchema } from "@/lib/survey-import/schemas";

export type SaveMappingState = { ok: true; name: string; message: string } | { ok: false; message: string };

export async function saveMappingAction(input: unknown): Promise<SaveMappingState> {
  await requireAdminPage("/admin/import");
  const parsed = saveMappingSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "列映射无效" };
  await saveColumnMapping(db, parsed.data.name, parsed.data.mapping);
  revalidatePath("/admin/import");
  return { ok: true, name: parsed.data.name, message: `已保存列映射「${parsed.data.name}」` };
}
