/**
 * Bulk writes for the import transaction, as set-based SQL through Prisma's raw API (still inside
 * the interactive transaction). Prisma's own createMany/update took ~5 s / ~25 s for 10k rows here
 * (query compilation and per-value work on every call). Here each statement carries its rows as ONE
 * JSON parameter that the database expands itself (SQLite json_each, PostgreSQL
 * jsonb_to_recordset) into `INSERT … ON CONFLICT ("code") DO UPDATE`: values are always bound,
 * never spliced into the SQL. The stored forms match Prisma's: SQLite booleans 1/0, DateTime ISO
 * text with +00:00, Json as text; PostgreSQL boolean, timestamp(3), jsonb.
 */
import type { Db, Prisma } from "@/lib/db/client";
import { recordToRow } from "@/lib/db/enterprise-rows";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import type { EnterpriseChange } from "@/lib/survey-files";

export type Dialect = "sqlite" | "postgres";
export type Tx = Prisma.TransactionClient;

/** Which database a client talks to (both generated clients share one API; see lib/db/client.ts). */
export function dialectOf(db: Db): Dialect {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  if (provider === "postgresql") return "postgres";
  if (provider === "sqlite") return "sqlite";
  throw new Error(`Unsupported database provider: ${String(provider)}`);
}

/** Rows per statement: the rows travel as ONE JSON parameter, so this bounds its size (~150 KB). */
export const ROWS_PER_STATEMENT = 500;
/** Audit rows carry two whole records each: smaller statements keep each JSON string small. */
const CHANGES_PER_STATEMENT = 200;

type ColumnType = "text" | "integer" | "double precision" | "boolean";

/** The Enterprise columns an import writes, with their PostgreSQL types (for jsonb_to_recordset). */
const ENTERPRISE_COLUMNS = {
  code: "text", label: "text", district: "text", industry: "text", architectureTypeId: "text", goVersion: "text",
  teamSize: "integer", goServicesLast6m: "integer", requiresGoroutineFluency: "boolean", requiresSchedulerSource: "boolean",
  targetOs: "text", cpu: "text", crypto: "text", tier: "text", xinchuang: "double precision",
  goProficiency: "double precision", couplingInverse: "double precision", topCriterion: "text", hardXinchuang: "boolean",
  hardTjHardware: "boolean", adaptationDays: "integer", historicalDecision: "text", historicalCombinationId: "integer",
  outcome: "text", errorCategories: "text", reconstructed: "boolean", note: "text",
} as const satisfies Partial<Record<keyof ReturnType<typeof recordToRow>, ColumnType>>;

const ENTERPRISE_COLUMN_NAMES = Object.keys(ENTERPRISE_COLUMNS) as (keyof typeof ENTERPRISE_COLUMNS)[];

const quote = (name: string) => `"${name}"`;

function timestamp(dialect: Dialect, date: Date): string {
  const iso = date.toISOString();
  return dialect === "sqlite" ? iso.replace(/Z$/, "+00:00") : iso;
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/**
 * The expressions reading field `index` of each row from the JSON parameter (an array of arrays):
 * SQLite's json_each (`value ->> i`), PostgreSQL's jsonb_array_elements with a cast. Positional
 * arrays rather than objects: half the JSON for the database to parse.
 */
function jsonRows(dialect: Dialect, types: readonly (ColumnType | "jsonb")[], jsonParam: string): { select: string; from: string } {
  if (dialect === "sqlite") {
    const select = types.map((type, index) => (type === "jsonb" ? `json_extract(value, '$[${index}]')` : `value ->> ${index}`));
    return { select: select.join(", "), from: `json_each(${jsonParam})` };
  }
  const select = types.map((type, index) =>
    type === "jsonb" ? `NULLIF(e -> ${index}, 'null'::jsonb)` : type === "text" ? `e ->> ${index}` : `(e ->> ${index})::${type}`,
  );
  return { select: select.join(", "), from: `jsonb_array_elements(${jsonParam}::jsonb) AS t(e)` };
}

/**
 * Insert-or-update by enterprise code. `createdAt` is set only on insert, so restoring a record
 * (revert) keeps its original creation time. `afterChunk` receives the number of rows written so far.
 */
export async function upsertEnterprises(
  tx: Tx,
  dialect: Dialect,
  records: readonly EnterpriseRecord[],
  now: Date,
  afterChunk?: (written: number) => void | Promise<void>,
  rowsPerStatement = ROWS_PER_STATEMENT,
): Promise<void> {
  const stamp = timestamp(dialect, now);
  const [stampParam, jsonParam] = dialect === "sqlite" ? ["?", "?"] : ["$1::timestamp(3)", "$2"];
  const rows = jsonRows(dialect, Object.values(ENTERPRISE_COLUMNS), jsonParam);
  const columns = [...ENTERPRISE_COLUMN_NAMES, "createdAt", "updatedAt"].map(quote).join(", ");
  const updates = [...ENTERPRISE_COLUMN_NAMES.filter((column) => column !== "code"), "updatedAt"]
    .map((column) => `${quote(column)} = excluded.${quote(column)}`)
    .join(", ");
  // "WHERE true" keeps SQLite from reading ON CONFLICT as part of the SELECT's join.
  const sql = dialect === "sqlite"
    ? `INSERT INTO "Enterprise" (${columns}) SELECT ${rows.select}, ${stampParam}, ${stampParam} FROM ${rows.from} WHERE true ON CONFLICT ("code") DO UPDATE SET ${updates}`
    : `INSERT INTO "Enterprise" (${columns}) SELECT ${rows.select}, ${stampParam}, ${stampParam} FROM ${rows.from} ON CONFLICT ("code") DO UPDATE SET ${updates}`;
  let written = 0;
  for (const chunk of chunks(records, rowsPerStatement)) {
    const json = JSON.stringify(chunk.map((record) => {
      const row = recordToRow(record) as Record<string, unknown>;
      return ENTERPRISE_COLUMN_NAMES.map((column) => row[column] ?? null);
    }));
    if (dialect === "sqlite") await tx.$executeRawUnsafe(sql, stamp, stamp, json);
    else await tx.$executeRawUnsafe(sql, stamp, json);
    written += chunk.length;
    await afterChunk?.(written);
  }
}

export async function deleteEnterprises(tx: Tx, dialect: Dialect, codes: readonly string[]): Promise<void> {
  const sql = dialect === "sqlite"
    ? `DELETE FROM "Enterprise" WHERE "code" IN (SELECT value FROM json_each(?))`
    : `DELETE FROM "Enterprise" WHERE "code" IN (SELECT jsonb_array_elements_text($1::jsonb))`;
  for (const chunk of chunks(codes, ROWS_PER_STATEMENT * 5)) {
    await tx.$executeRawUnsafe(sql, JSON.stringify(chunk));
  }
}

const CHANGE_COLUMNS = ["text", "text", "jsonb", "jsonb"] as const;

/** The audit rows of a batch: before (null for a created record) and after, as canonical JSON. */
export async function insertChanges(
  tx: Tx,
  dialect: Dialect,
  batchId: string,
  changes: readonly EnterpriseChange[],
  afterChunk?: (written: number) => void | Promise<void>,
): Promise<void> {
  const [batchParam, jsonParam] = dialect === "sqlite" ? ["?", "?"] : ["$1", "$2"];
  // A JSON null `before` (a created record) is stored as SQL NULL on both databases.
  const rows = jsonRows(dialect, CHANGE_COLUMNS, jsonParam);
  const sql = `INSERT INTO "ImportChange" ("batchId", "enterpriseCode", "kind", "before", "after") SELECT ${batchParam}, ${rows.select} FROM ${rows.from}`;
  let written = 0;
  for (const chunk of chunks(changes, CHANGES_PER_STATEMENT)) {
    const json = JSON.stringify(chunk.map(({ code, action, before, after }) => [code, action, before, after]));
    await tx.$executeRawUnsafe(sql, batchId, json);
    written += chunk.length;
    await afterChunk?.(written);
  }
}
