/**
 * Go module versions and the version ranges of the go.mod knowledge base (data/gomod-knowledge.json).
 *
 * A Go module version is semantic versioning with a leading "v": vMAJOR.MINOR.PATCH, an optional
 * pre-release after "-" and optional build metadata after "+" (Go uses "+incompatible" for v2+ tags
 * of modules without a /vN path). Pseudo-versions ("v0.0.0-20210630005230-0f9fa26af87c",
 * "v1.2.4-0.20210630005230-0f9fa26af87c", "v1.2.3-pre.0.20210630005230-0f9fa26af87c") are
 * pre-releases by construction, so plain semver precedence already orders them the way Go does:
 * before the release they lead up to, after the release they were built on, and among themselves by
 * their fixed-width UTC timestamp. Build metadata never takes part in the order.
 *
 * Written by hand rather than with the npm `semver` package: that package is only a transitive
 * dependency here (no types, not in package.json), and Go versions need the leading "v" and the
 * "+incompatible" suffix anyway. The version scanner and order are version.ts's, shared with the
 * go.mod parser, so the parser and the knowledge base can never disagree on what a version is.
 */
import { compareSemver, isCanonicalVersion } from "@/lib/gomod/version";

export class ModuleVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ModuleVersionError";
  }
}

/**
 * A Go module version as go.mod must write it: canonical semver (`vX.Y.Z[-pre][+incompatible]`),
 * pseudo-versions included. Parsing and ordering are version.ts's (the parser's own scanner, no
 * backtracking); this module only adds the knowledge base's ranges on top.
 */
export function isModuleVersion(text: unknown): text is string {
  return typeof text === "string" && text.length <= 200 && isCanonicalVersion(text);
}

function mustBeVersion(text: string): void {
  if (!isModuleVersion(text)) throw new ModuleVersionError(`不是合法的 Go 模块版本号：${JSON.stringify(text)}`);
}

/** -1, 0 or 1 by semver precedence (build metadata ignored). Throws ModuleVersionError on bad input. */
export function compareModuleVersions(a: string, b: string): number {
  mustBeVersion(a);
  mustBeVersion(b);
  return compareSemver(a, b);
}

// ---------------------------------------------------------------------------------------------
// Ranges: "*" (every version), or comparators separated by spaces that must all hold
// (">=v1.2.0 <v1.4.0", "<v0.0.2", "=v1.0.0", "v1.0.0"), with "||" between alternatives.

export type RangeOperator = ">=" | ">" | "<=" | "<" | "=";

export interface Comparator {
  op: RangeOperator;
  version: string;
}

/** Alternatives (OR) of comparator sets (AND); `[[]]` is "*". */
export type VersionRange = readonly (readonly Comparator[])[];

const COMPARATOR = /^(>=|<=|>|<|=)?(v\S+)$/;

/** Parses a range; null when it is not of the form above or names an invalid version. */
export function parseVersionRange(text: unknown): VersionRange | null {
  if (typeof text !== "string") return null;
  const trimmed = text.trim();
  if (trimmed === "*") return [[]];
  if (trimmed === "") return null;
  const alternatives: Comparator[][] = [];
  for (const alt of trimmed.split("||")) {
    const parts = alt.trim().split(/\s+/).filter(Boolean);
    if (parts.length === 0) return null;
    const set: Comparator[] = [];
    for (const part of parts) {
      const m = COMPARATOR.exec(part);
      if (!m || !isModuleVersion(m[2])) return null;
      set.push({ op: (m[1] as RangeOperator | undefined) ?? "=", version: m[2]! });
    }
    alternatives.push(set);
  }
  return alternatives;
}

export function isVersionRange(text: unknown): boolean {
  return parseVersionRange(text) !== null;
}

function holds(version: string, c: Comparator): boolean {
  const d = compareModuleVersions(version, c.version);
  switch (c.op) {
    case ">=":
      return d >= 0;
    case ">":
      return d > 0;
    case "<=":
      return d <= 0;
    case "<":
      return d < 0;
    case "=":
      return d === 0;
  }
}

/** True when `version` lies in `range` (a string or a parsed range). Throws on a bad version or range. */
export function versionInRange(version: string, range: string | VersionRange): boolean {
  mustBeVersion(version);
  const parsed = typeof range === "string" ? parseVersionRange(range) : range;
  if (!parsed) throw new ModuleVersionError(`不是合法的版本范围：${JSON.stringify(range)}`);
  return parsed.some((set) => set.every((c) => holds(version, c)));
}

/** True when `version` ≥ `floor` (both Go module versions). */
export function versionAtLeast(version: string, floor: string): boolean {
  return compareModuleVersions(version, floor) >= 0;
}
