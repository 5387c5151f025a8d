/** Saved column mappings: an admin names the mapping of an unusual spreadsheet and reuses it. */
import type { SavedMapping } from "@/lib/survey-files";
import type { Tx } from "./sql";
import { ImportServiceError } from "./errors";
import { serviceMessages } from "./messages";
import { savedMappingSchema, type SavedMappingInput } from "./schemas";

export interface SavedMappingEntry {
  name: string;
  mapping: SavedMapping;
  updatedAt: Date;
}

export async function listColumnMappings(client: Tx): Promise<SavedMappingEntry[]> {
  const rows = await client.columnMapping.findMany({ orderBy: { name: "asc" } });
  return rows.flatMap((row) => {
    const parsed = savedMappingSchema.safeParse(row.mapping);
    return parsed.success ? [{ name: row.name, mapping: parsed.data, updatedAt: row.updatedAt }] : [];
  });
}

/** The mapping saved under `name`; unknown name → 400 (the caller asked for something specific). */
export async function getColumnMapping(client: Tx, name: string): Promise<SavedMapping> {
  const row = await client.columnMapping.findUnique({ where: { name } });
  if (!row) {
    throw new ImportServiceError("mapping-not-found", 400, serviceMessages.badRequest, serviceMessages.mappingNotFound(name));
  }
  const parsed = savedMappingSchema.safeParse(row.mapping);
  if (!parsed.success) throw new ImportServiceError("mapping-not-found", 400, serviceMessages.mappingInvalid, serviceMessages.mappingNotFound(name));
  return parsed.data;
}

export async function saveColumnMapping(client: Tx, name: string, mapping: SavedMappingInput): Promise<void> {
  await client.columnMapping.upsert({ where: { name }, create: { name, mapping }, update: { mapping } });
}
