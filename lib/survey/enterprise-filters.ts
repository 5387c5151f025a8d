/**
 * The query of the enterprise table, of GET /api/v1/enterprises and of its export: filters (exact
 * catalogue values), free-text search, sort column and direction, page and page size, and (table
 * and export) the shown columns. One zod definition parses the URL for the route handlers, which
 * answer a bad value with a 400, and for the page, which falls back to the default and says so.
 *
 * The same module holds the query's meaning in plain TypeScript (`matchesEnterpriseQuery`,
 * `compareEnterprises`): the SQL in lib/data/enterprise-query.ts is checked against it.
 */
import { z } from "@/lib/validations/zod";
import {
  ARCHITECTURE_TYPES,
  DISTRICTS,
  ERROR_CATEGORY_LABELS,
  INDUSTRIES,
  OUTCOMES,
} from "@/lib/domain/catalog";
import { ENTERPRISE_FIELDS, SINGLE_ENUM_LABELS } from "@/lib/survey/enterprise-fields";
import type { EnterpriseField, EnterpriseRecord } from "@/lib/validations/enterprise";

export const ENTERPRISE_FILTER_KEYS = ["district", "industry", "architectureType", "outcome"] as const;
export type EnterpriseFilterKey = (typeof ENTERPRISE_FILTER_KEYS)[number];

/** Columns of the public table (and of its export): every field but the reconstruction flag. */
export const TABLE_FIELDS = ENTERPRISE_FIELDS.filter((key) => key !== "reconstructed") as [EnterpriseField, ...EnterpriseField[]];
/** Shown at first; the rest can be switched on under “显示列”. */
export const DEFAULT_COLUMNS: readonly EnterpriseField[] = [
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
/** Every table column sorts; enumerations by their stable id (equal values together). */
export const SORT_ORDERS = ["asc", "desc"] as const;
export const EXPORT_FORMATS = ["csv", "xlsx"] as const;

export const DEFAULT_SORT: EnterpriseField = "code";
/** The API's page; the table starts smaller so that a screen shows one page without scrolling. */
export const API_PAGE_SIZE = 25;
export const TABLE_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;
/** 100,000 records at one per page: any page beyond is an input error, not a slow query. */
export const MAX_PAGE = 100_000;
export const MAX_SEARCH_LENGTH = 100;

export interface EnterpriseQuery {
  district?: (typeof DISTRICTS)[number];
  industry?: (typeof INDUSTRIES)[number];
  architectureType?: (typeof ARCHITECTURE_TYPES)[number];
  outcome?: (typeof OUTCOMES)[number];
  /** Trimmed; "" = no search. */
  q: string;
  sort: EnterpriseField;
  order: (typeof SORT_ORDERS)[number];
  page: number;
  pageSize: number;
}
export interface EnterpriseView extends EnterpriseQuery {
  /** Shown columns in table order; always includes code. */
  cols: EnterpriseField[];
}
export interface EnterpriseExportQuery extends Omit<EnterpriseQuery, "page" | "pageSize"> {
  cols: EnterpriseField[];
  format: (typeof EXPORT_FORMATS)[number];
}

// ── Parsing ─────────────────────────────────────────────────────────────────────────────────

const repeated = (name: string) => `参数 ${name} 只能出现一次`;
const inputText = (input: unknown) => (Array.isArray(input) ? input.join(",") : String(input));

const oneOf = <T extends readonly [string, ...string[]]>(values: T, param: string, name: string) =>
  z
    .enum(values, {
      error: (issue) =>
        Array.isArray(issue.input) ? repeated(param) : `未知的${name}：${inputText(issue.input)}（可选值：${values.join("、")}）`,
    })
    .optional();

const text = (param: string) => z.string({ error: (issue) => (Array.isArray(issue.input) ? repeated(param) : `参数 ${param} 必须是文本`) });

/** A whole number written in digits only ("1e2", " 3", "0x10" are refused, unlike Number()). */
const intParam = (param: string, name: string, min: number, max: number) => {
  const message = `${name}必须是 ${min} 到 ${max} 之间的整数`;
  return text(param)
    .regex(/^\d{1,7}$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message))
    .optional();
};

const searchParam = text("q")
  .max(MAX_SEARCH_LENGTH, `搜索词不能超过 ${MAX_SEARCH_LENGTH} 个字符`)
  .transform((value) => value.trim())
  .optional();

const colsParam = text("cols")
  .transform((value, ctx) => {
    const keys = value.split(",").map((key) => key.trim()).filter(Boolean);
    const unknown = keys.filter((key) => !(TABLE_FIELDS as readonly string[]).includes(key));
    if (unknown.length > 0) {
      ctx.addIssue({ code: "custom", message: `未知的列：${unknown.join("、")}（可选值：${TABLE_FIELDS.join("、")}）` });
      return z.NEVER;
    }
    // table order, code always first: the row's identity never disappears
    return TABLE_FIELDS.filter((key) => key === "code" || keys.includes(key));
  })
  .optional();

const filterShape = {
  district: oneOf(DISTRICTS, "district", "所在区").describe("所在区"),
  industry: oneOf(INDUSTRIES, "industry", "行业").describe("行业"),
  architectureType: oneOf(ARCHITECTURE_TYPES, "architectureType", "架构类型").describe("架构类型"),
  outcome: oneOf(OUTCOMES, "outcome", "选型结果").describe("选型结果"),
  q: searchParam,
  sort: oneOf(TABLE_FIELDS, "sort", "排序列"),
  order: oneOf(SORT_ORDERS, "order", "排序方向"),
};
const pageShape = {
  page: intParam("page", "页码", 1, MAX_PAGE),
  pageSize: intParam("pageSize", "每页条数", 1, MAX_PAGE_SIZE),
};

const unknownKeys = { error: (issue: { code: string; keys?: string[] }) => (issue.code === "unrecognized_keys" ? `不支持的查询参数：${issue.keys!.join("、")}` : undefined) };

type Parsed = z.infer<z.ZodObject<typeof filterShape>> & { page?: number; pageSize?: number };

function withDefaults(parsed: Parsed, defaultPageSize: number): EnterpriseQuery {
  const { district, industry, architectureType, outcome } = parsed;
  return {
    ...(district && { district }),
    ...(industry && { industry }),
    ...(architectureType && { architectureType }),
    ...(outcome && { outcome }),
    q: parsed.q ?? "",
    sort: parsed.sort ?? DEFAULT_SORT,
    order: parsed.order ?? "asc",
    page: parsed.page ?? 1,
    pageSize: parsed.pageSize ?? defaultPageSize,
  };
}

/** GET /api/v1/enterprises. */
export const enterpriseQuerySchema = z
  .strictObject({ ...filterShape, ...pageShape }, unknownKeys)
  .transform((parsed): EnterpriseQuery => withDefaults(parsed, API_PAGE_SIZE));

/** The table page's URL (its own default page size, and the shown columns). */
export const enterpriseViewSchema = z
  .strictObject({ ...filterShape, ...pageShape, cols: colsParam }, unknownKeys)
  .transform((parsed): EnterpriseView => ({ ...withDefaults(parsed, TABLE_PAGE_SIZE), cols: parsed.cols ?? [...DEFAULT_COLUMNS] }));

/** GET /api/v1/enterprises/export: every matching row, so no page. */
export const enterpriseExportSchema = z
  .strictObject(
    {
      ...filterShape,
      cols: colsParam,
      format: oneOf(EXPORT_FORMATS, "format", "导出格式"),
    },
    unknownKeys,
  )
  .transform((parsed): EnterpriseExportQuery => {
    const query: Partial<EnterpriseQuery> = withDefaults(parsed, API_PAGE_SIZE);
    delete query.page;
    delete query.pageSize;
    return { ...(query as Omit<EnterpriseQuery, "page" | "pageSize">), cols: parsed.cols ?? [...DEFAULT_COLUMNS], format: parsed.format ?? "csv" };
  });

/** URLSearchParams → plain object; a repeated parameter keeps every value so that zod refuses it. */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length === 1 ? values[0]! : values;
  }
  return result;
}

/**
 * Next's `searchParams` prop (string | string[] | undefined per key) → the same plain object. An
 * empty value means "not set" here: the table's plain GET form sends `district=` for 全部.
 */
export function pageParamsObject(params: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined && entry[1] !== ""),
  );
}

export interface ParsedView {
  view: EnterpriseView;
  /** One Chinese sentence per parameter that was ignored; empty when the URL was valid. */
  problems: string[];
}

/**
 * The page never fails on its URL: each parameter that does not parse is dropped (its default
 * used) and reported, the others are kept.
 */
export function parseEnterpriseView(input: Record<string, string | string[]>): ParsedView {
  const problems: string[] = [];
  let current = { ...input };
  for (let attempt = 0; attempt <= Object.keys(input).length; attempt += 1) {
    const result = enterpriseViewSchema.safeParse(current);
    if (result.success) return { view: result.data, problems };
    const drop = new Set<string>();
    for (const issue of result.error.issues) {
      problems.push(issue.message);
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [String(issue.path[0])];
      for (const key of keys) drop.add(key);
    }
    current = Object.fromEntries(Object.entries(current).filter(([key]) => !drop.has(key)));
  }
  return { view: enterpriseViewSchema.parse({}), problems };
}

// ── Writing a view back into a URL ──────────────────────────────────────────────────────────

/**
 * The query string of a view, leaving out what is the default (short, shareable URLs). The page
 * reads it back with `parseEnterpriseView` into the same view.
 */
export function viewSearchParams(view: EnterpriseView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ENTERPRISE_FILTER_KEYS) if (view[key]) params.set(key, view[key]);
  if (view.q) params.set("q", view.q);
  if (view.sort !== DEFAULT_SORT) params.set("sort", view.sort);
  if (view.order !== "asc") params.set("order", view.order);
  if (view.page !== 1) params.set("page", String(view.page));
  if (view.pageSize !== TABLE_PAGE_SIZE) params.set("pageSize", String(view.pageSize));
  if (!sameColumns(view.cols, DEFAULT_COLUMNS)) params.set("cols", view.cols.join(","));
  return params;
}

/** The export's query for the table's view: same filters, search, order and columns, no page. */
export function exportSearchParams(view: EnterpriseView, format: EnterpriseExportQuery["format"]): URLSearchParams {
  const params = viewSearchParams(view);
  params.delete("page");
  params.delete("pageSize");
  params.set("cols", view.cols.join(","));
  params.set("format", format);
  return params;
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

// ── What the query means (the SQL in lib/data/enterprise-query.ts does the same) ────────────

/** Plain-text columns a search looks through (SQL `contains`). */
export const SEARCH_TEXT_FIELDS = ["code", "label", "goVersion", "note"] as const;

/** Enumerated columns a search looks through by their Chinese label (error categories are matched on their own). */
export const SEARCH_LABELS = SINGLE_ENUM_LABELS;
export type SearchLabelField = keyof typeof SEARCH_LABELS;

/**
 * The search's terms, lower-cased; a record must match every one. `%`, `_` and `\` separate
 * terms like spaces: LIKE would read them as wildcards, and SQLite's LIKE has no default escape.
 */
export function searchTerms(q: string): string[] {
  return [...new Set(q.toLowerCase().split(/[\s%_\\]+/u).filter(Boolean))];
}

/** Catalogue ids whose label contains the term. */
export function valuesLabelled(labels: Readonly<Record<string, string>>, term: string): string[] {
  return Object.entries(labels)
    .filter(([, label]) => label.toLowerCase().includes(term))
    .map(([value]) => value);
}

function recordMatchesTerm(record: EnterpriseRecord, term: string): boolean {
  if (SEARCH_TEXT_FIELDS.some((key) => record[key]?.toLowerCase().includes(term))) return true;
  for (const [key, labels] of Object.entries(SEARCH_LABELS) as [SearchLabelField, Record<string, string>][]) {
    const value = record[key];
    if (value !== null && labels[value]?.toLowerCase().includes(term)) return true;
  }
  return record.errorCategories.some((category) => ERROR_CATEGORY_LABELS[category].toLowerCase().includes(term));
}

type MatchQuery = Pick<EnterpriseQuery, EnterpriseFilterKey | "q">;

export function matchesEnterpriseQuery(record: EnterpriseRecord, query: MatchQuery): boolean {
  if (!ENTERPRISE_FILTER_KEYS.every((key) => query[key] === undefined || record[key] === query[key])) return false;
  return searchTerms(query.q).every((term) => recordMatchesTerm(record, term));
}

/** A field's stored value as it sorts: lists as their stored `;`-joined ids. */
function sortValue(record: EnterpriseRecord, key: EnterpriseField): string | number | boolean | null {
  const value = record[key];
  if (Array.isArray(value)) return value.join(";");
  return value;
}

/**
 * The order of a page: the column in the given direction, unanswered last either way, then the
 * code ascending so that pages never overlap. Strings compare by code point, as SQLite's default
 * collation and PostgreSQL's "C" collation do.
 */
export function compareEnterprises(sort: EnterpriseField, order: EnterpriseQuery["order"]) {
  const direction = order === "asc" ? 1 : -1;
  return (a: EnterpriseRecord, b: EnterpriseRecord): number => {
    const x = sortValue(a, sort);
    const y = sortValue(b, sort);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * direction;
    }
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  };
}
