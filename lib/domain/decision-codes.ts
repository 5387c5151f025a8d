/**
 * Closed vocabularies of the engine's output. The response schema (lib/validations/evaluate.ts)
 * imports them, so the API documents exactly the codes the engine can emit.
 */

/** Warning codes an evaluation can carry. Each warning also has a Chinese message. */
export const WARNING_CODES = [
  /** An extra feature is on the pseudo-correlation registry; refused, case sent to review (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4). */
  "PSEUDO_CORRELATED_FEATURE",
  /** An extra feature is not an input of today's tree; shown, not used. */
  "UNUSED_EXTRA_FEATURE",
  /** The combination for this density cannot give the requested strong consistency (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.3). */
  "CONSISTENCY_NOT_MET",
  /** The tier's RPO (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1) cannot be met by the chosen, asynchronously replicating combination (product rule). */
  "RPO_NOT_MET",
  /** The tier's RPO cannot be confirmed: the data records no sync interval for the chosen combination (product rule). */
  "RPO_UNVERIFIED",
  /** Finance / government / settlement without SM2/SM4 (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §1, §2.3). */
  "SM_CRYPTO_MISSING",
  /** Planned Go version is below the architecture's floor (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1 table). */
  "GO_BELOW_FLOOR",
  /** The stored survey records hold no enterprise of this industry with the chosen architecture type. */
  "INDUSTRY_OUTSIDE_SURVEY",
  /** Facts gave no CPU family: the 信创 score reflects OS and database only. */
  "CPU_NOT_ASSESSED",
  /** The go.mod scan found modules that need cgo while the architect answered CGO off: evaluated with CGO_ENABLED=1. */
  "GOMOD_CGO_REQUIRED",
  /** The go.mod `go` directive is below the Go floor of the architecture type and the target CPU (loong64: 1.19). */
  "GOMOD_GO_BELOW_FLOOR",
  /** The go.mod uses an SM library that is no longer maintained (tjfoc/gmsm): the maintained alternative is named. */
  "GOMOD_SM_UNMAINTAINED",
  /** Modules of the go.mod must be upgraded for the target architecture or replaced (knowledge base). */
  "GOMOD_MODULES_TO_FIX",
  /** The go.mod was scanned for another GOARCH than the evaluated CPU: the verdicts may not hold. */
  "GOMOD_TARGET_MISMATCH",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface Warning {
  code: WarningCode;
  message: string;
}

/** Kinds of node the trace records, in the order an evaluation visits them. */
export const TRACE_NODES = [
  "root",
  "validation",
  "normalizer",
  "pruning",
  "leaf",
  "architecture",
  "gomod",
  "knowledge",
] as const;
export type TraceNodeKind = (typeof TRACE_NODES)[number];

export interface TraceStep {
  node: TraceNodeKind;
  /** Chinese title of the node. */
  title: string;
  /** The rule applied, in human-readable Chinese. */
  rule: string;
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  seedSection: string;
}

// ── go.mod readiness scan (lib/gomod): the vocabulary its stored result and the engine share ──

/** Per-module verdicts, from "nothing to do" to "replace it". */
export const GOMOD_VERDICTS = ["ok", "needs-cgo", "upgrade", "replace", "unknown"] as const;
export type GomodVerdict = (typeof GOMOD_VERDICTS)[number];

/** The GOARCH values the knowledge base records facts for. */
export const GOMOD_TARGET_ARCHES = ["amd64", "arm64", "loong64"] as const;
export type GomodTargetArch = (typeof GOMOD_TARGET_ARCHES)[number];

/** Databases a driver serves; the first four are the 信创 databases the scan reports coverage for. */
export const GOMOD_DATABASES = ["dm", "kingbase", "opengauss", "oceanbase", "tidb-mysql", "postgresql", "sqlite"] as const;
export const GOMOD_XINCHUANG_DATABASES = ["dm", "kingbase", "opengauss", "oceanbase"] as const satisfies readonly (typeof GOMOD_DATABASES)[number][];
