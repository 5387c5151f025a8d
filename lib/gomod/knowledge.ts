/**
 * The go.mod knowledge base: which Go modules need cgo, which have architecture-specific code and
 * from which version they build on arm64 / loong64, which provide 国密 (SM2/SM3/SM4, TLCP), which
 * are database drivers (and for which 信创 database), and which should be replaced. The data lives in
 * data/gomod-knowledge.json so that it can be read and reviewed without reading code; every entry
 * names the public sources its facts were looked up in and the date they were checked.
 *
 * The schema is strict: an unknown key, an invalid version or range, a kind without its details (or
 * details without their kind) or an entry without a source URL is refused, and the error names the
 * entry at fault, so a bad edit to the JSON fails the tests instead of silently changing verdicts.
 */
import { z } from "@/lib/validations/zod";
import { GOMOD_DATABASES, GOMOD_TARGET_ARCHES, GOMOD_XINCHUANG_DATABASES, type GomodTargetArch } from "@/lib/domain/decision-codes";
import { isModuleVersion, isVersionRange, parseVersionRange, versionInRange, type VersionRange } from "@/lib/gomod/module-version";

export const KNOWLEDGE_KINDS = ["cgo", "arch-specific", "sm-crypto", "db-driver", "replace", "go-compat"] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

export const TARGET_ARCHES = GOMOD_TARGET_ARCHES;
export type TargetArch = GomodTargetArch;

export const SM_PROVIDES = ["sm2", "sm3", "sm4", "tlcp"] as const;

/** Databases a driver serves; the first four are the 信创 databases the scan reports coverage for. */
export const DATABASES = GOMOD_DATABASES;
export type DatabaseKind = (typeof DATABASES)[number];
export const XINCHUANG_DATABASES = GOMOD_XINCHUANG_DATABASES;

export const DATABASE_LABELS: Readonly<Record<DatabaseKind, string>> = {
  dm: "达梦（DM）",
  kingbase: "人大金仓（KingbaseES）",
  opengauss: "openGauss/GaussDB",
  oceanbase: "OceanBase",
  "tidb-mysql": "TiDB/MySQL",
  postgresql: "PostgreSQL",
  sqlite: "SQLite",
};

export const CHECKED_DATE = /^\d{4}-\d{2}-\d{2}$/;

const moduleVersion = z.string().refine(isModuleVersion, { message: "不是合法的 Go 模块版本号（如 v1.2.3）" });

/**
 * What is known of a module on one architecture: "all" (every version builds), "none" (no version
 * does), the first good version, or `{ atLeast }` — a version known to work where the first good
 * one could not be sourced. An architecture that is absent is unverified.
 */
const archFix = z.union([z.literal("all"), z.literal("none"), moduleVersion, z.strictObject({ atLeast: moduleVersion })]);
export type ArchFix = z.infer<typeof archFix>;

const modulePath = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._~\-/]*$/, { message: "模块路径只能含字母、数字与 . _ ~ - /" });

const sourceUrl = z.url({ protocol: /^https?$/, message: "source 必须是 http(s) 网址" });

const entrySchema = z
  .strictObject({
    module: modulePath,
    /** Also matches every path below `module` (families such as github.com/aws/aws-sdk-go-v2/…). */
    prefix: z.boolean().optional(),
    versions: z.string().refine(isVersionRange, { message: "versions 必须是 \"*\" 或如 \">=v1.0.0 <v1.4.0\" 的范围" }),
    kinds: z
      .array(z.enum(KNOWLEDGE_KINDS))
      .min(1)
      .refine((k) => new Set(k).size === k.length, { message: "kinds 不能重复" }),
    cgoLibrary: z.string().min(1).optional(),
    fixedFor: z.strictObject({ amd64: archFix.optional(), arm64: archFix.optional(), loong64: archFix.optional() }).optional(),
    provides: z
      .array(z.enum(SM_PROVIDES))
      .min(1)
      .refine((p) => new Set(p).size === p.length, { message: "provides 不能重复" })
      .optional(),
    maintenance: z
      .string()
      .regex(/^(maintained|unmaintained-since-\d{4}|archived-since-\d{4})$/, {
        message: "maintenance 须为 maintained、unmaintained-since-YYYY 或 archived-since-YYYY",
      })
      .optional(),
    database: z.union([z.enum(DATABASES), z.array(z.enum(DATABASES)).min(1)]).optional(),
    officialDriver: z.boolean().optional(),
    replaceWith: modulePath.optional(),
    alternative: modulePath.optional(),
    goCompat: z
      .strictObject({
        goFrom: z.string().regex(/^1\.\d{1,2}$/, { message: "goFrom 须为 1.xx" }),
        fixedIn: moduleVersion,
      })
      .optional(),
    summary: z.string().min(1),
    advice: z.string().min(1),
    source: z.array(sourceUrl).min(1, { message: "每条至少一个来源网址" }),
    checked: z.string().regex(CHECKED_DATE, { message: "checked 须为 YYYY-MM-DD" }),
  })
  .superRefine((e, ctx) => {
    const has = (k: KnowledgeKind) => e.kinds.includes(k);
    const pair = (kind: KnowledgeKind, present: boolean, field: string) => {
      if (has(kind) && !present) ctx.addIssue({ code: "custom", message: `kind ${kind} 需要字段 ${field}`, path: [field] });
      if (!has(kind) && present) ctx.addIssue({ code: "custom", message: `字段 ${field} 只用于 kind ${kind}`, path: [field] });
    };
    pair("arch-specific", e.fixedFor !== undefined && Object.keys(e.fixedFor).length > 0, "fixedFor");
    pair("sm-crypto", e.provides !== undefined, "provides");
    pair("sm-crypto", e.maintenance !== undefined, "maintenance");
    pair("db-driver", e.database !== undefined, "database");
    pair("db-driver", e.officialDriver !== undefined, "officialDriver");
    pair("replace", e.replaceWith !== undefined, "replaceWith");
    pair("go-compat", e.goCompat !== undefined, "goCompat");
    if (e.cgoLibrary !== undefined && !has("cgo")) ctx.addIssue({ code: "custom", message: "字段 cgoLibrary 只用于 kind cgo", path: ["cgoLibrary"] });
    if (e.replaceWith !== undefined && e.replaceWith === e.module) {
      ctx.addIssue({ code: "custom", message: "replaceWith 不能是模块自身", path: ["replaceWith"] });
    }
  });

const fileSchema = z.strictObject({
  version: z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d+$/, { message: "version 须为 YYYY-MM-DD.N" }),
  entries: z.array(z.unknown()).min(1),
});

export type KnowledgeEntryInput = z.infer<typeof entrySchema>;

export interface KnowledgeEntry extends Omit<KnowledgeEntryInput, "database"> {
  /** Normalised: always a list when the entry is a driver. */
  database?: readonly DatabaseKind[];
  /** The parsed `versions`. */
  range: VersionRange;
  /** 1-based position in the file, for messages. */
  index: number;
}

export interface KnowledgeBase {
  version: string;
  entries: readonly KnowledgeEntry[];
  /** Entries whose `module` is exactly the path (prefix entries included when their module equals it). */
  byModule: ReadonlyMap<string, readonly KnowledgeEntry[]>;
  /** Every entry that applies to a module path: exact ones first, then prefix entries, longest first. */
  entriesFor(path: string): readonly KnowledgeEntry[];
  /** The entries that apply to `path` at `version` (version inside the entry's range). */
  match(path: string, version: string): readonly KnowledgeEntry[];
}

export class KnowledgeBaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KnowledgeBaseError";
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(整体)"}: ${i.message}`).join("；");
}

function prefixMatches(prefix: string, path: string): boolean {
  const base = prefix.endsWith("/") ? prefix.slice(0, -1) : prefix;
  return path === base || path.startsWith(`${base}/`);
}

/** Parses and indexes the knowledge file; throws KnowledgeBaseError naming the entry at fault. */
export function loadKnowledgeBase(json: unknown): KnowledgeBase {
  const file = fileSchema.safeParse(json);
  if (!file.success) throw new KnowledgeBaseError(`知识库文件格式错误：${describeIssues(file.error)}`);

  const entries: KnowledgeEntry[] = [];
  const seen = new Set<string>();
  file.data.entries.forEach((raw, i) => {
    const index = i + 1;
    const name =
      raw && typeof raw === "object" && typeof (raw as { module?: unknown }).module === "string"
        ? (raw as { module: string }).module
        : "（无 module）";
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) throw new KnowledgeBaseError(`知识库第 ${index} 条（${name}）无效：${describeIssues(parsed.error)}`);
    const e = parsed.data;
    const key = `${e.module}\u0000${e.prefix ? "prefix" : "exact"}\u0000${e.versions.trim()}`;
    if (seen.has(key)) throw new KnowledgeBaseError(`知识库第 ${index} 条（${name}）与前面的条目重复（同一模块与版本范围 ${e.versions}）`);
    seen.add(key);
    const { database, ...rest } = e;
    const entry: KnowledgeEntry = {
      ...rest,
      ...(database !== undefined ? { database: Object.freeze(Array.isArray(database) ? [...database] : [database]) } : {}),
      range: parseVersionRange(e.versions)!,
      index,
    };
    entries.push(deepFreeze(entry));
  });

  const byModule = new Map<string, KnowledgeEntry[]>();
  const prefixes: KnowledgeEntry[] = [];
  for (const entry of entries) {
    const key = entry.prefix && entry.module.endsWith("/") ? entry.module.slice(0, -1) : entry.module;
    byModule.set(key, [...(byModule.get(key) ?? []), entry]);
    if (entry.prefix) prefixes.push(entry);
  }
  prefixes.sort((a, b) => b.module.length - a.module.length);

  const entriesFor = (path: string): readonly KnowledgeEntry[] => {
    const exact = (byModule.get(path) ?? []).filter((e) => !e.prefix);
    const fromPrefix = prefixes.filter((e) => prefixMatches(e.module, path));
    return [...exact, ...fromPrefix];
  };

  const base: KnowledgeBase = {
    version: file.data.version,
    entries: Object.freeze(entries),
    byModule,
    entriesFor,
    match: (path, version) => entriesFor(path).filter((e) => versionInRange(version, e.range)),
  };
  return Object.freeze(base);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
