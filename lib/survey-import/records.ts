/** The stored survey records, as the canonical records the import pipeline plans against. */
import { rowToRecord } from "@/lib/db/enterprise-rows";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import type { Tx } from "./sql";

export async function loadEnterpriseRecords(client: Tx): Promise<EnterpriseRecord[]> {
  const rows = await client.enterprise.findMany({ orderBy: { code: "asc" } });
  return rows.map(rowToRecord);
}
