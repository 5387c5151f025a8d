/**
 * Column definitions of the enterprise table: one column per record field (Chinese header from
 * ENTERPRISE_COLUMNS). Sorting, filtering and paging happen in the database
 * (lib/data/enterprise-query.ts); the columns only say how a cell reads.
 */
import type { ColumnDef, VisibilityState } from "@tanstack/react-table";
import { FIELD_HEADERS, fieldText, fieldValue } from "@/lib/survey/enterprise-fields";
import { TABLE_FIELDS } from "@/lib/survey/enterprise-filters";
import type { EnterpriseField, EnterpriseRecord } from "@/lib/validations/enterprise";

const NUMERIC = new Set<EnterpriseField>(["teamSize", "goServicesLast6m", "xinchuang", "goProficiency", "couplingInverse", "adaptationDays", "historicalCombination"]);

export const enterpriseColumns: ColumnDef<EnterpriseRecord>[] = TABLE_FIELDS.map((key) => ({
  id: key,
  header: FIELD_HEADERS[key],
  accessorFn: (record) => fieldValue(record, key),
  cell: ({ row }) => fieldText(row.original, key),
  meta: { numeric: NUMERIC.has(key) },
}));

/** The URL's `cols` as the table's visibility state. */
export function visibilityOf(cols: readonly EnterpriseField[]): VisibilityState {
  return Object.fromEntries(TABLE_FIELDS.map((key) => [key, cols.includes(key)]));
}

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    numeric?: boolean;
  }
}
