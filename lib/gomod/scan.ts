/**
 * One call from the pasted text to the readiness scan: go.mod (and optionally go.sum or
 * vendor/modules.txt) → parsed → the modules the build uses → verdicts against the shipped
 * knowledge base for the target. Used by POST /api/v1/gomod-scan; the questionnaire's preview
 * calls that route, so the browser never ships the base or the parser.
 *
 * Also the compact form kept in the saved answers (`StoredGoModScan`): the findings that say
 * something (modules in the base, local replacements, unparsable versions) with their sources,
 * the count of the rest (assumed pure Go), the summary and the effects. The full result of a
 * large go.mod (Kubernetes requires ~200 modules) would not fit the 64 KB autosave body.
 */
import { gomodScanSchema as storedGoModScanSchema, type StoredGoModScan } from "@/lib/validations/evaluate";
import shipped from "@/data/gomod-knowledge.json";
import type { CpuFamily } from "@/lib/domain/catalog";
import { goFloorFor } from "@/lib/domain/go-version";
import { parseGoSum } from "./go-sum";
import { loadKnowledgeBase, type KnowledgeBase, type TargetArch } from "./knowledge";
import { compareModuleVersions, isModuleVersion } from "./module-version";
import { parseGoMod } from "./parse";
import { effectiveModules } from "./resolve";
import type { EffectiveModule, GoModProblem } from "./types";
import { parseVendorModules } from "./vendor-modules";
import { ScanInputError, scanModules, type Finding, type ScanResult } from "./verdicts";

export { storedGoModScanSchema, type StoredGoModScan };

let cached: KnowledgeBase | undefined;

/** The knowledge base shipped in data/gomod-knowledge.json, parsed once. */
export function shippedKnowledgeBase(): KnowledgeBase {
  cached ??= loadKnowledgeBase(shipped);
  return cached;
}

/** GOARCH of each catalog CPU family (the same as the check script's targets). */
export const CPU_ARCH: Readonly<Record<CpuFamily, TargetArch>> = {
  phytium: "arm64",
  kunpeng: "arm64",
  "arm-foreign": "arm64",
  hygon: "amd64",
  "x86-foreign": "amd64",
  loongson: "loong64",
};

/**
 * Without an architecture type the floor is the lowest any type asks for (Go 1.18, 《Golang 天津技术栈选型决策树（2024 京津冀版）》
 * ch.1); the engine checks the `go` directive again against the recommended type's own floor.
 */
export const DEFAULT_GO_FLOOR = "1.18";

export interface ScanTarget {
  cpu?: CpuFamily;
  arch?: TargetArch;
  goFloor?: string;
}

/** The architecture and Go floor a target means, derived as the engine derives them (goFloorFor). */
export function resolveTarget(target: ScanTarget): { arch: TargetArch; goFloor: string; cpu?: CpuFamily } {
  const arch = target.cpu ? CPU_ARCH[target.cpu] : (target.arch ?? "arm64");
  const cpu: CpuFamily | undefined = target.cpu ?? (arch === "loong64" ? "loongson" : undefined);
  const goFloor = goFloorFor(target.goFloor ?? DEFAULT_GO_FLOOR, cpu);
  return { arch, goFloor, ...(target.cpu ? { cpu: target.cpu } : {}) };
}

export interface GoModScanInput {
  gomod: string;
  gosum?: string;
  vendorModules?: string;
  target: ScanTarget;
}

export interface GoModScan extends ScanResult {
  target: { arch: TargetArch; goFloor: string; cpu?: CpuFamily };
  module: string | null;
  goDirective: string | null;
  toolchain: string | null;
  /** What the optional files added: modules compiled but not named in go.mod. */
  extra: { goSum: number | null; vendor: number | null };
}

export type GoModScanOutcome =
  | { ok: true; scan: GoModScan }
  | { ok: false; file: "go.mod" | "go.sum" | "vendor/modules.txt"; problems: GoModProblem[] };

/**
 * Modules the optional files show compiled but go.mod does not name (a go.mod before Go 1.17
 * lists only direct requirements): added as indirect, highest version first seen, line 0.
 */
function extraModules(required: ReadonlySet<string>, listed: { path: string; version: string | null }[]): EffectiveModule[] {
  const best = new Map<string, string>();
  for (const m of listed) {
    if (required.has(m.path) || m.version === null || !isModuleVersion(m.version)) continue;
    const prev = best.get(m.path);
    if (prev === undefined || compareModuleVersions(m.version, prev) > 0) best.set(m.path, m.version);
  }
  return [...best].map(([path, version]) => ({ path, version, indirect: true, line: 0 }));
}

export function scanGoModText(input: GoModScanInput, kb: KnowledgeBase = shippedKnowledgeBase()): GoModScanOutcome {
  const parsed = parseGoMod(input.gomod);
  if (!parsed.ok) return { ok: false, file: "go.mod", problems: parsed.problems };
  const { file } = parsed;
  const modules = effectiveModules(file);
  const required = new Set(modules.map((m) => m.path));
  const extra: GoModScan["extra"] = { goSum: null, vendor: null };
  if (input.gosum !== undefined && input.gosum.trim() !== "") {
    const sum = parseGoSum(input.gosum);
    if (sum.problems.length > 0) return { ok: false, file: "go.sum", problems: sum.problems };
    const added = extraModules(required, sum.modules);
    extra.goSum = added.length;
    for (const m of added) {
      modules.push(m);
      required.add(m.path);
    }
  }
  if (input.vendorModules !== undefined && input.vendorModules.trim() !== "") {
    const vendor = parseVendorModules(input.vendorModules);
    if (vendor.problems.length > 0) return { ok: false, file: "vendor/modules.txt", problems: vendor.problems };
    const added = extraModules(required, vendor.modules.filter((m) => m.packages.length > 0));
    extra.vendor = added.length;
    for (const m of added) modules.push(m);
  }
  const target = resolveTarget(input.target);
  const goDirective = file.go?.version ?? null;
  // scanModules accepts 1.N / 1.N.P; a pre-release directive (1.21rc1) is compared by its 1.N.
  const directive = goDirective === null ? null : (/^1\.\d{1,2}(\.\d{1,3})?/.exec(goDirective)?.[0] ?? null);
  let result: ReturnType<typeof scanModules>;
  try {
    result = scanModules({ modules, goDirective: directive, target: { arch: target.arch, goFloor: target.goFloor } }, kb);
  } catch (error) {
    // The scanner's own bounds (path and version lengths, module count) are bad input, said as such.
    if (!(error instanceof ScanInputError)) throw error;
    return { ok: false, file: "go.mod", problems: [{ line: 1, message: error.message }] };
  }
  return {
    ok: true,
    scan: { ...result, target, module: file.module?.path ?? null, goDirective, toolchain: file.toolchain?.name ?? null, extra },
  };
}

// ── The compact form kept in the answers and given to the engine (schema: lib/validations/evaluate.ts) ──

/** A finding worth keeping: the base knows the module, or the code is local, or the version is unreadable. */
function telling(f: Finding): boolean {
  return f.entries.length > 0 || f.judged.local || !isModuleVersion(f.judged.version ?? "");
}

/** Findings kept with the answers at most: beyond, they are counted as unlisted (the autosave body is bounded). */
export const MAX_KEPT_FINDINGS = 150;

export function compactScan(scan: GoModScan): StoredGoModScan {
  const kept = scan.findings.filter(telling).slice(0, MAX_KEPT_FINDINGS);
  const replaced = (f: Finding) => f.judged.local || f.judged.path !== f.path || f.judged.version !== f.version;
  return {
    knowledgeVersion: scan.knowledgeVersion,
    target: scan.target,
    module: scan.module,
    goDirective: scan.goDirective,
    findings: kept.map((f) => ({
      path: f.path,
      version: f.version,
      line: f.line,
      indirect: f.indirect,
      verdict: f.verdict,
      message: f.message.slice(0, 800),
      ...(replaced(f) ? { judged: f.judged } : {}),
      sources: [...new Set(f.entries.flatMap((e) => e.source))].slice(0, 6),
      ...(f.upgradeTo ? { upgradeTo: f.upgradeTo } : {}),
      ...(f.replaceWith ? { replaceWith: f.replaceWith } : {}),
      ...(f.alternative ? { alternative: f.alternative } : {}),
    })),
    unlisted: scan.findings.length - kept.length,
    summary: scan.summary,
    effects: {
      cgoRequired: { required: scan.effects.cgoRequired.required, modules: scan.effects.cgoRequired.modules, rule: scan.effects.cgoRequired.rule },
      smLibrary: {
        found: scan.effects.smLibrary.found.map((u) => ({
          module: u.module,
          version: u.version,
          library: u.library,
          maintained: u.maintained,
          indirect: u.indirect,
          ...(u.localCopy ? { localCopy: u.localCopy } : {}),
        })),
        probe: scan.effects.smLibrary.probe,
        unmaintained: scan.effects.smLibrary.unmaintained,
        rule: scan.effects.smLibrary.rule,
      },
      databases: { covered: scan.effects.databases.covered, notCovered: scan.effects.databases.notCovered, rule: scan.effects.databases.rule },
      goDirective: scan.effects.goDirective,
    },
  };
}
