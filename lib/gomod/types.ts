/**
 * The shapes the go.mod readiness scan passes between its parts: the parser (parse.ts) produces a
 * GoModFile, resolve.ts turns it into the modules the build really uses (after replace and
 * exclude), and the knowledge base (knowledge.ts, verdicts.ts) judges each of those modules.
 * Line numbers are 1-based and point into the text the architect pasted.
 */

/** A module path with an optional version (a `replace` side, an `exclude` entry). */
export interface ModuleVersion {
  path: string;
  /** Absent on the left of `replace path => …` (every version) and for a local directory replacement. */
  version?: string;
}

export interface Requirement {
  path: string;
  version: string;
  /** Marked `// indirect`: needed by a dependency, not imported by the module itself. */
  indirect: boolean;
  line: number;
}

export interface Replacement {
  old: ModuleVersion;
  /** A module (with version) or a local directory (`./x`, `../x`, `/abs`; no version). */
  new: ModuleVersion & { local: boolean };
  line: number;
}

export interface Retraction {
  /** A single version has low === high. */
  low: string;
  high: string;
  rationale: string | null;
  line: number;
}

export interface GoModFile {
  module: { path: string; deprecated: string | null; line: number } | null;
  /** The `go` directive, e.g. "1.21" or "1.21.3". */
  go: { version: string; line: number } | null;
  toolchain: { name: string; line: number } | null;
  godebug: { key: string; value: string; line: number }[];
  require: Requirement[];
  replace: Replacement[];
  exclude: (Required<ModuleVersion> & { line: number })[];
  retract: Retraction[];
  /** `tool` directives: packages run with `go tool`; their modules are in require. */
  tool?: { path: string; line: number }[];
  /** `ignore` directives (Go 1.25): directories the go command skips when matching packages. */
  ignore?: { path: string; line: number }[];
}

/** One module the build uses, after `replace` and `exclude` are applied. */
export interface EffectiveModule {
  /** The path the code imports (the `require` path). */
  path: string;
  /** The version required in go.mod. */
  version: string;
  indirect: boolean;
  line: number;
  /** Set when a `replace` points the path elsewhere: what is really built. */
  replacedBy?: ModuleVersion & { local: boolean };
  /**
   * Set when go.mod excludes exactly this version. The go command then builds the next higher
   * version that is not excluded, which only the module graph (not available offline) can
   * name, so the requirement is kept and marked instead of dropped or guessed.
   */
  excluded?: boolean;
}

/** A malformed go.mod: every problem found, each with its line. */
export interface GoModProblem {
  line: number;
  message: string;
}
