/**
 * Column definitions of the enterprise table: one column per record field (Chinese header from
 * ENTERPRISE_COLUMNS), sorted on the displayed value (numbers numerically, text in pinyin order,
 * unanswered last), filtered on the raw catalogue value.
 */
import type { ColumnDef, FilterFn, SortingFn, VisibilityState } from "@tanstack/react-table";
import { ENTERPRISE_FIELDS, FIELD_HEADERS, fieldText, fieldValue } from "@/lib/survey/enterprise-fields";
import type { EnterpriseField, EnterpriseRecord } from "@/lib/validations/enterprise";

/** Shown at first; the rest can be switched on under “显示列”. */
export const DEFAULT_VISIBLE: readonly EnterpriseField[] = [
  "code",
  "label",
  "district",
  "industry",
  "architectureType",
  "goVersion",
  "adaptationDays",
  "historicalCombination",
  "outcome",
  "errorCategories",
];

export const FILTER_FIELDS = ["district", "industry", "architectureType", "outcome"] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

const NUMERIC = new Set<EnterpriseField>(["teamSize", "goServicesLast6m", "xinchuang", "goProficiency", "couplingInverse", "adaptationDays", "historicalCombination"]);

const collator = new Intl.Collator("zh-CN", { numeric: true });

const byDisplay: SortingFn<EnterpriseRecord> = (a, b, columnId) => {
  const x = a.getValue<string | number | undefined>(columnId);
  const y = b.getValue<string | number | undefined>(columnId);
  if (typeof x === "number" && typeof y === "number") return x - y;
  return collator.compare(String(x), String(y));
};

const equalsRaw: FilterFn<EnterpriseRecord> = (row, columnId, value) =>
  value === undefined || value === "" || row.original[columnId as EnterpriseField] === value;

export const enterpriseColumns: ColumnDef<EnterpriseRecord>[] = ENTERPRISE_FIELDS.filter((key) => key !== "reconstructed").map(
  (key) => ({
    id: key,
    header: FIELD_HEADERS[key],
    // undefined (not null) for unanswered, so that sortUndefined puts them last
    accessorFn: (record) => fieldValue(record, key) ?? undefined,
    cell: ({ row }) => fieldText(row.original, key),
    sortingFn: byDisplay,
    sortUndefined: "last",
    sortDescFirst: false,
    filterFn: equalsRaw,
    meta: { numeric: NUMERIC.has(key) },
  }),
);

export const initialVisibility: VisibilityState = Object.fromEntries(
  enterpriseColumns.map((c) => [c.id!, DEFAULT_VISIBLE.includes(c.id as EnterpriseField)]),
);

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    numeric?: boolean;
  }
}
