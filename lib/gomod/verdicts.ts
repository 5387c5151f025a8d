/**
 * The verdict engine of the go.mod readiness scan: each module the build uses is judged against the
 * knowledge base for the target architecture, and the findings are summed up into the effects the
 * recommendation has to state (cgo and cross toolchain, which SM library the check script probes,
 * which 信创 databases have a driver, the `go` directive against the Go floor). Every verdict and
 * effect carries the Chinese rule text that produced it, so it can be shown in the decision path.
 * Pure function: data in, data out.
 */
import { z } from "@/lib/validations/zod";
import { GOMOD_VERDICTS, type GomodVerdict } from "@/lib/domain/decision-codes";
import { CPU_GO_FLOORS, cpuGoFloorNote, goAtLeast, goMinor } from "@/lib/domain/go-version";
import {
  LEGACY_SM_LIBRARY_NOTE,
  RECOMMENDED_SM_LIBRARY,
  SM_LIBRARY_ADVICE,
  SM_LIBRARY_FACTS,
  TLCP_ADVICE,
  TLCP_LIBRARY,
  type SmLibraryId,
} from "@/lib/domain/sm-libraries";
import {
  DATABASE_LABELS,
  XINCHUANG_DATABASES,
  type ArchFix,
  type DatabaseKind,
  type KnowledgeBase,
  type KnowledgeEntry,
  type TargetArch,
} from "@/lib/gomod/knowledge";
import { compareModuleVersions, isModuleVersion, versionAtLeast } from "@/lib/gomod/module-version";
import type { EffectiveModule } from "@/lib/gomod/types";

export const VERDICTS = GOMOD_VERDICTS;
export type Verdict = GomodVerdict;

/** When several facts apply, the finding shows the one that asks most of the architect. */
const SEVERITY: Readonly<Record<Verdict, number>> = { ok: 0, unknown: 1, upgrade: 2, "needs-cgo": 3, replace: 4 };

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  ok: "可用",
  "needs-cgo": "需要 cgo",
  upgrade: "需升级",
  replace: "建议替换",
  unknown: "未收录/未核实",
};

/** The knowledge card shown where the build needs CGO_ENABLED=1 (data/knowledge-cards.json). */
export const CGO_KNOWLEDGE_CARD = "go122-scheduler";

export interface Reason {
  verdict: Verdict;
  /** Chinese rule text for the decision path. */
  rule: string;
  /** The entry the rule comes from; absent for rules of the engine itself (not in the base, local code). */
  entry?: { module: string; versions: string; source: readonly string[]; checked: string };
}

export interface Finding {
  path: string;
  version: string;
  line: number;
  indirect: boolean;
  /** What the verdict is about: the replacement when a `replace` points elsewhere. */
  judged: { path: string; version: string | null; local: boolean };
  verdict: Verdict;
  message: string;
  reasons: Reason[];
  /** Matched knowledge entries (module, range, sources). */
  entries: { module: string; versions: string; source: readonly string[]; summary: string; advice: string }[];
  upgradeTo?: string;
  replaceWith?: string;
  alternative?: string;
}

export type VerdictSummary = Record<Verdict, number> & { total: number };

export interface SmLibraryUse {
  module: string;
  version: string;
  indirect: boolean;
  library: SmLibraryId | "gotlcp" | "other";
  maintained: boolean;
  /** Set when a `replace` points the module at a local directory (a patched copy kept in the repository). */
  localCopy?: string;
}

export interface ScanEffects {
  cgoRequired: { required: boolean; modules: string[]; knowledgeCard: string | null; rule: string };
  smLibrary: {
    found: SmLibraryUse[];
    /** What the check script must probe: the library the project uses, at its version. */
    probe: { library: SmLibraryId; module: string; version: string } | null;
    unmaintained: boolean;
    tlcp: { module: string; version: string } | null;
    rule: string;
  };
  databases: {
    drivers: { module: string; version: string; databases: DatabaseKind[]; official: boolean; local: boolean }[];
    covered: DatabaseKind[];
    notCovered: (typeof XINCHUANG_DATABASES)[number][];
    rule: string;
  };
  goDirective: { directive: string | null; floor: string; meetsFloor: boolean | null; rule: string };
}

export interface ScanResult {
  knowledgeVersion: string;
  findings: Finding[];
  summary: VerdictSummary;
  effects: ScanEffects;
}

export class ScanInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScanInputError";
  }
}

const goVersionText = z.string().regex(/^1\.\d{1,2}(\.\d{1,3})?$/, { message: "Go 版本须为 1.xx 或 1.xx.y" });

const moduleSchema = z.object({
  path: z.string().min(1).max(300),
  version: z.string().min(1).max(200),
  indirect: z.boolean(),
  line: z.number().int().nonnegative(),
  replacedBy: z
    .object({ path: z.string().min(1).max(1000), version: z.string().max(200).optional(), local: z.boolean() })
    .optional(),
  /** Tolerated for resolvers that keep excluded versions in the list: they are not built. */
  excluded: z.boolean().optional(),
});

const inputSchema = z.object({
  modules: z.array(moduleSchema).max(5000),
  goDirective: goVersionText.nullable(),
  target: z.object({
    arch: z.enum(["amd64", "arm64", "loong64"]),
    goFloor: z.string().regex(/^1\.\d{1,2}$/, { message: "goFloor 须为 1.xx" }),
  }),
});

export interface ScanInput {
  modules: (EffectiveModule & { excluded?: boolean })[];
  goDirective: string | null;
  target: { arch: TargetArch; goFloor: string };
}

const ARCH_LABEL: Readonly<Record<TargetArch, string>> = { amd64: "x86_64（amd64）", arm64: "ARM64", loong64: "龙芯（loong64）" };

function entryRef(e: KnowledgeEntry): NonNullable<Reason["entry"]> {
  return { module: e.module, versions: e.versions, source: e.source, checked: e.checked };
}

function archReason(e: KnowledgeEntry, fix: ArchFix | undefined, version: string, arch: TargetArch): Reason & { upgradeTo?: string } {
  const label = ARCH_LABEL[arch];
  const ref = entryRef(e);
  if (fix === undefined) {
    return { verdict: "unknown", rule: `${e.module} 含架构相关代码，在 ${label} 上的版本边界未核实：${e.advice}`, entry: ref };
  }
  if (fix === "all") return { verdict: "ok", rule: `${e.module} 在 ${label} 上各版本均可构建`, entry: ref };
  if (fix === "none") {
    return e.replaceWith
      ? { verdict: "replace", rule: `${e.module} 没有支持 ${label} 的版本，应替换为 ${e.replaceWith}`, entry: ref }
      : { verdict: "unknown", rule: `${e.module} 没有已知支持 ${label} 的版本：${e.advice}`, entry: ref };
  }
  if (typeof fix === "string") {
    return versionAtLeast(version, fix)
      ? { verdict: "ok", rule: `${e.module} ${version} ≥ ${fix}（${label} 上的首个可用版本）`, entry: ref }
      : { verdict: "upgrade", rule: `${e.module} ${version} 低于 ${label} 上的首个可用版本 ${fix}，需升级到 ≥ ${fix}`, entry: ref, upgradeTo: fix };
  }
  return versionAtLeast(version, fix.atLeast)
    ? { verdict: "ok", rule: `${e.module} ${version} ≥ ${fix.atLeast}（已知在 ${label} 上可用的版本）`, entry: ref }
    : {
        verdict: "upgrade",
        rule: `${e.module} ${version} 低于已知在 ${label} 上可用的 ${fix.atLeast}（首个可用版本未核实），建议升级到 ≥ ${fix.atLeast}`,
        entry: ref,
        upgradeTo: fix.atLeast,
      };
}

function entryReasons(e: KnowledgeEntry, version: string, target: ScanInput["target"]): (Reason & { upgradeTo?: string })[] {
  const out: (Reason & { upgradeTo?: string })[] = [];
  const ref = entryRef(e);
  for (const kind of e.kinds) {
    switch (kind) {
      case "cgo":
        out.push({
          verdict: "needs-cgo",
          rule: `${e.module} 需要 cgo${e.cgoLibrary ? `（${e.cgoLibrary}）` : ""}：构建须 CGO_ENABLED=1 并有目标架构的 C 交叉工具链`,
          entry: ref,
        });
        break;
      case "arch-specific":
        out.push(archReason(e, e.fixedFor?.[target.arch], version, target.arch));
        break;
      case "sm-crypto":
        out.push(
          e.maintenance === "maintained"
            ? { verdict: "ok", rule: `${e.module} 为持续维护的国密库（${(e.provides ?? []).join("/")}）`, entry: ref }
            : {
                verdict: e.replaceWith ? "replace" : "unknown",
                rule: `${e.module} 已不再维护（${e.maintenance}）${e.replaceWith ? `，应改用 ${e.replaceWith}` : ""}`,
                entry: ref,
              },
        );
        break;
      case "db-driver":
        out.push({
          verdict: "ok",
          rule: `${e.module} 是 ${(e.database ?? []).map((d) => DATABASE_LABELS[d]).join("、")} 的${e.officialDriver ? "官方" : "第三方"}驱动`,
          entry: ref,
        });
        break;
      case "replace":
        out.push({ verdict: "replace", rule: `${e.module} 应替换为 ${e.replaceWith}：${e.summary}`, entry: ref });
        break;
      case "go-compat": {
        const gc = e.goCompat!;
        const applies = goAtLeast(target.goFloor, gc.goFrom);
        if (applies && !versionAtLeast(version, gc.fixedIn)) {
          out.push({
            verdict: "upgrade",
            rule: `${e.module} ${version} 在 Go ≥ ${gc.goFrom} 上有已知问题，需升级到 ≥ ${gc.fixedIn}`,
            entry: ref,
            upgradeTo: gc.fixedIn,
          });
        } else {
          out.push({
            verdict: "ok",
            rule: applies
              ? `${e.module} ${version} ≥ ${gc.fixedIn}，已含 Go ${gc.goFrom} 兼容修复`
              : `${e.module} 的 Go ${gc.goFrom} 问题不涉及 Go 下限 ${target.goFloor}`,
            entry: ref,
          });
        }
        break;
      }
    }
  }
  return out;
}

/** Kinds that describe what a module is rather than what its code does (see the local case in judge). */
const IDENTITY_KINDS: ReadonlySet<string> = new Set(["sm-crypto", "replace", "db-driver"]);

function judge(m: ScanInput["modules"][number], kb: KnowledgeBase, target: ScanInput["target"]): Finding {
  const base = { path: m.path, version: m.version, line: m.line, indirect: m.indirect };
  if (m.replacedBy?.local) {
    const rule = `${m.path} 被 replace 为本地目录 ${m.replacedBy.path}：本地代码不在知识库中，无法判断（需人工检查其是否用 cgo 或汇编）`;
    const local = { ...base, judged: { path: m.replacedBy.path, version: null, local: true } };
    // A local directory that replaces a known module is, in these systems, a patched copy of it
    // (a vendored tjfoc/gmsm, a driver shipped as source): what the module *is* — unmaintained,
    // to be replaced, a database driver — still holds, while its code (cgo, assembly) is unverified.
    const identity = isModuleVersion(m.version) ? kb.match(m.path, m.version).filter((e) => e.kinds.some((k) => IDENTITY_KINDS.has(k))) : [];
    const identityReasons = identity.flatMap((e) => entryReasons(e, m.version, target).filter((_, i) => IDENTITY_KINDS.has(e.kinds[i]!)));
    const flagged = identityReasons.filter((r) => r.verdict === "replace");
    if (flagged.length === 0) {
      return { ...local, verdict: "unknown", message: `未知：本地代码（${m.replacedBy.path}）`, reasons: [{ verdict: "unknown", rule }], entries: [] };
    }
    const replaceWith = identity.find((e) => e.replaceWith)?.replaceWith;
    return {
      ...local,
      verdict: "replace",
      message: `${VERDICT_LABELS.replace}：${flagged[0]!.rule}（本地代码 ${m.replacedBy.path} 按原模块判断，其代码本身未核实）`,
      reasons: [...identityReasons.map((r) => ({ verdict: r.verdict, rule: r.rule, ...(r.entry ? { entry: r.entry } : {}) })), { verdict: "unknown", rule }],
      entries: identity.map((e) => ({ module: e.module, versions: e.versions, source: e.source, summary: e.summary, advice: e.advice })),
      ...(replaceWith ? { replaceWith } : {}),
    };
  }
  const path = m.replacedBy?.path ?? m.path;
  const version = m.replacedBy?.version ?? m.version;
  const judged = { path, version, local: false };
  const via = m.replacedBy ? `（经 replace 按 ${path} ${version} 判断）` : "";
  if (!isModuleVersion(version)) {
    const rule = `${path} 的版本 ${JSON.stringify(version)} 不是合法的 Go 模块版本号，无法与知识库比对`;
    return { ...base, judged, verdict: "unknown", message: `未知：版本号无法解析${via}`, reasons: [{ verdict: "unknown", rule }], entries: [] };
  }
  const matched = kb.match(path, version);
  if (matched.length === 0) {
    const rule = `${path} 未收录于知识库，按纯 Go、无架构相关代码假定（未核实）`;
    return { ...base, judged, verdict: "unknown", message: `未收录：按纯 Go 假定${via}`, reasons: [{ verdict: "unknown", rule }], entries: [] };
  }
  const reasons = matched.flatMap((e) => entryReasons(e, version, target));
  const verdict = reasons.reduce<Verdict>((v, r) => (SEVERITY[r.verdict] > SEVERITY[v] ? r.verdict : v), "ok");
  const upgrades = reasons.flatMap((r) => (r.upgradeTo ? [r.upgradeTo] : []));
  const upgradeTo = upgrades.length ? upgrades.reduce((a, b) => (compareModuleVersions(a, b) >= 0 ? a : b)) : undefined;
  const replaceWith = matched.find((e) => e.replaceWith)?.replaceWith;
  const alternative = matched.find((e) => e.alternative)?.alternative;
  const lead = reasons.find((r) => r.verdict === verdict)!;
  const message = `${VERDICT_LABELS[verdict]}：${lead.rule}${via}`;
  return {
    ...base,
    judged,
    verdict,
    message,
    reasons: reasons.map((r) => ({ verdict: r.verdict, rule: r.rule, ...(r.entry ? { entry: r.entry } : {}) })),
    entries: matched.map((e) => ({ module: e.module, versions: e.versions, source: e.source, summary: e.summary, advice: e.advice })),
    ...(upgradeTo ? { upgradeTo } : {}),
    ...(replaceWith ? { replaceWith } : {}),
    ...(alternative ? { alternative } : {}),
  };
}

function smLibraryOf(module: string): SmLibraryUse["library"] {
  for (const id of Object.keys(SM_LIBRARY_FACTS) as SmLibraryId[]) if (SM_LIBRARY_FACTS[id].modulePath === module) return id;
  return module === TLCP_LIBRARY.modulePath ? "gotlcp" : "other";
}

function smEffect(modules: ScanInput["modules"], kb: KnowledgeBase): ScanEffects["smLibrary"] {
  const found: SmLibraryUse[] = [];
  for (const m of modules) {
    // A local copy (tjfoc/gmsm => ./third_party/gmsm) is still that library: judged by the required path and version.
    const local = m.replacedBy?.local === true;
    const path = local ? m.path : (m.replacedBy?.path ?? m.path);
    const version = local ? m.version : (m.replacedBy?.version ?? m.version);
    if (!isModuleVersion(version)) continue;
    const entry = kb.match(path, version).find((e) => e.kinds.includes("sm-crypto"));
    if (!entry) continue;
    found.push({
      module: path,
      version,
      indirect: m.indirect,
      library: smLibraryOf(path),
      maintained: entry.maintenance === "maintained",
      ...(local ? { localCopy: m.replacedBy!.path } : {}),
    });
  }
  const pick = (id: SmLibraryId) => {
    const uses = found.filter((f) => f.library === id);
    // Prefer a direct requirement: that is the library the project's own code calls.
    return uses.find((u) => !u.indirect) ?? uses[0];
  };
  const recommended = pick(RECOMMENDED_SM_LIBRARY);
  const legacy = pick("tjfoc");
  const chosen = recommended ?? legacy;
  const tlcpUse = found.find((f) => f.library === "gotlcp");
  const tlcp = tlcpUse ? { module: tlcpUse.module, version: tlcpUse.version } : null;
  const unmaintained = found.some((f) => !f.maintained);
  const probe = chosen ? { library: chosen.library as SmLibraryId, module: chosen.module, version: chosen.version } : null;

  const parts: string[] = [];
  if (probe) {
    const copy = chosen!.localCopy ? `（replace 为本地副本 ${chosen!.localCopy}，按其来源版本探测）` : "";
    parts.push(`项目使用 ${probe.module} ${probe.version}${chosen!.indirect ? "（间接依赖）" : ""}${copy}：检查脚本探测该库的这个版本`);
  } else if (tlcp) {
    parts.push(`项目只使用 ${tlcp.module} ${tlcp.version}（TLCP），其算法来自 ${SM_LIBRARY_FACTS[RECOMMENDED_SM_LIBRARY].modulePath}`);
  } else {
    parts.push(`go.mod 中未发现国密库；如需国密，推荐 ${SM_LIBRARY_ADVICE}`);
  }
  if (legacy) {
    parts.push(
      `${legacy.module} ${legacy.version}${legacy.indirect ? "（间接依赖）" : ""} 已不再维护：${LEGACY_SM_LIBRARY_NOTE}；改用 ${SM_LIBRARY_ADVICE}，${TLCP_ADVICE}`,
    );
  }
  return { found, probe, unmaintained, tlcp, rule: parts.join("。") };
}

function databaseEffect(modules: ScanInput["modules"], kb: KnowledgeBase): ScanEffects["databases"] {
  const drivers: ScanEffects["databases"]["drivers"] = [];
  for (const m of modules) {
    const local = m.replacedBy?.local ?? false;
    // A vendor driver shipped as a local directory (kingbase.com/gokb => ./gokb) still serves its
    // database: judge the driver by the required path, the code by "local".
    const path = local ? m.path : (m.replacedBy?.path ?? m.path);
    const version = local ? m.version : (m.replacedBy?.version ?? m.version);
    const entries = isModuleVersion(version) ? kb.match(path, version) : kb.entriesFor(path);
    const entry = entries.find((e) => e.kinds.includes("db-driver"));
    if (!entry?.database) continue;
    drivers.push({ module: path, version, databases: [...entry.database], official: entry.officialDriver === true, local });
  }
  const covered = [...new Set(drivers.flatMap((d) => d.databases))];
  const notCovered = XINCHUANG_DATABASES.filter((d) => !covered.includes(d));
  const found = drivers.length
    ? `发现数据库驱动：${drivers.map((d) => `${d.module}（${d.databases.map((x) => DATABASE_LABELS[x]).join("、")}${d.local ? "，本地替换" : ""}）`).join("；")}`
    : "go.mod 中未发现已收录的数据库驱动";
  const missing = notCovered.length
    ? `未覆盖的信创数据库：${notCovered.map((d) => DATABASE_LABELS[d]).join("、")}；若目标环境使用它们，需引入对应驱动`
    : "四种信创数据库均有驱动";
  return { drivers, covered, notCovered, rule: `${found}。${missing}` };
}

function goDirectiveEffect(directive: string | null, target: ScanInput["target"]): ScanEffects["goDirective"] {
  const loong = CPU_GO_FLOORS.loongson;
  const raised = target.arch === "loong64" && loong && !goAtLeast(target.goFloor, loong.floor);
  const floor = raised ? loong!.floor : target.goFloor;
  const loongNote = target.arch === "loong64" ? `${cpuGoFloorNote("loongson")}。` : "";
  if (directive === null) {
    return { directive: null, floor, meetsFloor: null, rule: `${loongNote}go.mod 未声明 go 指令，无法与 Go 下限 ${floor} 比较` };
  }
  const minorOnly = directive.split(".").slice(0, 2).join(".");
  const meets = goAtLeast(minorOnly, floor);
  const rule = meets
    ? `${loongNote}go 指令 ${directive} ≥ Go 下限 ${floor}：构建机与目标机上的 Go 须 ≥ ${directive}（Go ≥ 1.21 遇到更高的 go 指令会尝试下载新工具链，离线环境会失败）`
    : `${loongNote}go 指令 ${directive} 低于 Go 下限 ${floor}：须用 Go ≥ ${floor} 构建，建议把 go 指令提升到 ${floor}（go mod edit -go=${floor}）`;
  return { directive, floor, meetsFloor: meets, rule };
}

/** Judges every module for the target and derives the effects. Throws ScanInputError on bad input. */
export function scanModules(input: ScanInput, kb: KnowledgeBase): ScanResult {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    throw new ScanInputError(`扫描输入无效：${parsed.error.issues.map((i) => `${i.path.join(".") || "(整体)"}: ${i.message}`).join("；")}`);
  }
  if (Number.isNaN(goMinor(parsed.data.target.goFloor))) throw new ScanInputError(`扫描输入无效：goFloor ${parsed.data.target.goFloor}`);
  const { target, goDirective } = parsed.data;
  const modules = (parsed.data.modules as ScanInput["modules"]).filter((m) => !m.excluded);

  const findings = modules.map((m) => judge(m, kb, target));
  const summary = VERDICTS.reduce((acc, v) => ({ ...acc, [v]: findings.filter((f) => f.verdict === v).length }), {
    total: findings.length,
  } as VerdictSummary);

  const cgoModules = [...new Set(findings.filter((f) => f.reasons.some((r) => r.verdict === "needs-cgo")).map((f) => f.judged.path))];
  const cgoRequired: ScanEffects["cgoRequired"] = cgoModules.length
    ? {
        required: true,
        modules: cgoModules,
        knowledgeCard: CGO_KNOWLEDGE_CARD,
        rule: `依赖中有需要 cgo 的模块（${cgoModules.join("、")}）：构建须 CGO_ENABLED=1，并为 ${ARCH_LABEL[target.arch]} 准备交叉 C 工具链及所需 C 库；调度器知识卡片（阻塞型 cgo 调用的 goroutine 饥饿风险）适用`,
      }
    : { required: false, modules: [], knowledgeCard: null, rule: "依赖中未发现已收录的 cgo 模块：可按 CGO_ENABLED=0 构建（未收录模块按纯 Go 假定）" };

  return {
    knowledgeVersion: kb.version,
    findings,
    summary,
    effects: {
      cgoRequired,
      smLibrary: smEffect(modules, kb),
      databases: databaseEffect(modules, kb),
      goDirective: goDirectiveEffect(goDirective, target),
    },
  };
}
