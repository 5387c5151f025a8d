/**
 * Reads of the enterprise table for the table page, GET /api/v1/enterprises and its export, done
 * in the database so that 100,000 records cost what 37 do: a count and one page of rows, the
 * filters' option counts from the indexes, and the export in batches. The query's meaning is
 * lib/survey/enterprise-filters.ts (`matchesEnterpriseQuery`, `compareEnterprises`); the database
 * tests check this SQL against it on SQLite and PostgreSQL.
 */
import "server-only";
import type { Db, Prisma } from "@/lib/db/client";
import { rowToRecord } from "@/lib/db/enterprise-rows";
import { dialectOf } from "@/lib/survey-import/sql";
import {
  ENTERPRISE_FILTER_KEYS,
  SEARCH_LABELS,
  SEARCH_TEXT_FIELDS,
  searchTerms,
  valuesLabelled,
  type EnterpriseFilterKey,
  type EnterpriseQuery,
  type SearchLabelField,
} from "@/lib/survey/enterprise-filters";
import { ERROR_CATEGORY_LABELS } from "@/lib/domain/catalog";
import type { EnterpriseField, EnterpriseRecord } from "@/lib/validations/enterprise";

/** Record field → Enterprise column, where they differ. */
const COLUMN: Partial<Record<EnterpriseField, string>> = {
  architectureType: "architectureTypeId",
  historicalCombination: "historicalCombinationId",
};
const columnOf = (key: EnterpriseField) => COLUMN[key] ?? key;

/** Columns that cannot be null: sorting them needs no NULLS LAST. */
const REQUIRED = new Set<EnterpriseField>(["code", "label", "district", "industry", "architectureType", "outcome", "errorCategories", "reconstructed"]);

type Where = Prisma.EnterpriseWhereInput;
type Filter = Pick<EnterpriseQuery, EnterpriseFilterKey | "q">;

/**
 * Filters as equalities; each search term as an OR over the text columns (`contains`, which is
 * case-insensitive for ASCII in SQLite's LIKE and needs `mode: insensitive` in PostgreSQL) and
 * the enumerated columns whose label contains it (`in`, decided here from the catalogue).
 */
export function enterpriseWhere(filter: Filter, postgres: boolean): Where {
  const and: Where[] = [];
  for (const key of ENTERPRISE_FILTER_KEYS) {
    const value = filter[key];
    if (value !== undefined) and.push({ [columnOf(key)]: value });
  }
  for (const term of searchTerms(filter.q)) {
    const contains = (postgres ? { contains: term, mode: "insensitive" } : { contains: term }) as Prisma.StringFilter;
    const or: Where[] = SEARCH_TEXT_FIELDS.map((key) => ({ [key]: contains }));
    for (const [key, labels] of Object.entries(SEARCH_LABELS) as [SearchLabelField, Record<string, string>][]) {
      const values = valuesLabelled(labels, term);
      if (values.length > 0) or.push({ [columnOf(key)]: { in: values } });
    }
    // stored as `;`-joined ids, none of which contains another
    for (const category of valuesLabelled(ERROR_CATEGORY_LABELS, term)) or.push({ errorCategories: { contains: category } });
    and.push({ OR: or });
  }
  return and.length === 0 ? {} : { AND: and };
}

function enterpriseOrder(sort: EnterpriseField, order: EnterpriseQuery["order"]): Prisma.EnterpriseOrderByWithRelationInput[] {
  const column = columnOf(sort);
  const primary = REQUIRED.has(sort) ? { [column]: order } : { [column]: { sort: order, nulls: "last" } };
  return sort === "code" ? [primary] : [primary, { code: "asc" }];
}

export interface EnterprisePage {
  /** Every record in the database. */
  total: number;
  /** Records matching the filters and search. */
  count: number;
  page: number;
  pageSize: number;
  /** At least 1, so that "page 1 of 1" reads right when nothing matches. */
  pages: number;
  items: EnterpriseRecord[];
}

/** One page: two counts and one LIMIT/OFFSET query, whatever the number of records. */
export async function findEnterprisePage(db: Db, query: EnterpriseQuery): Promise<EnterprisePage> {
  const where = enterpriseWhere(query, dialectOf(db) === "postgres");
  const filtered = Object.keys(where).length > 0;
  const [total, matching, rows] = await Promise.all([
    db.enterprise.count(),
    filtered ? db.enterprise.count({ where }) : undefined,
    db.enterprise.findMany({
      where,
      orderBy: enterpriseOrder(query.sort, query.order),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
  ]);
  const count = matching ?? total;
  return {
    total,
    count,
    page: query.page,
    pageSize: query.pageSize,
    pages: Math.max(1, Math.ceil(count / query.pageSize)),
    items: rows.map(rowToRecord),
  };
}

export type EnterpriseFacets = Record<EnterpriseFilterKey, { value: string; count: number }[]>;

/** How many records carry each filter value (all records, for the filter menus), from the indexes. */
export async function enterpriseFacets(db: Db): Promise<EnterpriseFacets> {
  const counts = await Promise.all(
    ENTERPRISE_FILTER_KEYS.map(async (key) => {
      const column = columnOf(key) as "district";
      const groups = await db.enterprise.groupBy({ by: [column], _count: { _all: true }, orderBy: { [column]: "asc" } });
      return [key, groups.map((group) => ({ value: String(group[column]), count: group._count._all }))] as const;
    }),
  );
  return Object.fromEntries(counts) as EnterpriseFacets;
}

/** Rows per read of the export; bounded memory whatever the number of matching records. */
export const EXPORT_BATCH = 500;

/**
 * Every matching record in the page's order, in batches: the ordered ids first (one narrow
 * query), then the rows by primary key. Unlike OFFSET batches this neither re-sorts per batch nor
 * skips or repeats rows when the order has ties.
 */
export async function* matchingEnterprises(
  db: Db,
  query: Pick<EnterpriseQuery, EnterpriseFilterKey | "q" | "sort" | "order">,
  batch = EXPORT_BATCH,
): AsyncGenerator<EnterpriseRecord[]> {
  const where = enterpriseWhere(query, dialectOf(db) === "postgres");
  const ids = await db.enterprise.findMany({ where, orderBy: enterpriseOrder(query.sort, query.order), select: { id: true } });
  for (let start = 0; start < ids.length; start += batch) {
    const chunk = ids.slice(start, start + batch).map((row) => row.id);
    const rows = await db.enterprise.findMany({ where: { id: { in: chunk } } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    // a row deleted since the ids were read (an import revert) is left out, not an error
    yield chunk.flatMap((id) => {
      const row = byId.get(id);
      return row ? [rowToRecord(row)] : [];
    });
  }
}
