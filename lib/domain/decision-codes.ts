/**
 * Closed vocabularies of the engine's output. The response schema (lib/validations/evaluate.ts)
 * imports them, so the API documents exactly the codes the engine can emit.
 */

/** Warning codes an evaluation can carry. Each warning also has a Chinese message. */
export const WARNING_CODES = [
  /** An extra feature is on the pseudo-correlation registry; refused, case sent to review (seed 001 §4.4). */
  "PSEUDO_CORRELATED_FEATURE",
  /** An extra feature is not an input of today's tree; shown, not used. */
  "UNUSED_EXTRA_FEATURE",
  /** The combination for this density cannot give the requested strong consistency (seed 001 §4.3). */
  "CONSISTENCY_NOT_MET",
  /** The tier's RPO (seed 001 §4.1) cannot be met by the chosen, asynchronously replicating combination (product rule). */
  "RPO_NOT_MET",
  /** The tier's RPO cannot be confirmed: the data records no sync interval for the chosen combination (product rule). */
  "RPO_UNVERIFIED",
  /** Finance / government / settlement without SM2/SM4 (seed 001 §1, §2.3). */
  "SM_CRYPTO_MISSING",
  /** Planned Go version is below the architecture's floor (seed 001 ch.1 table). */
  "GO_BELOW_FLOOR",
  /** No architecture claims the workload; the industry chose it instead. */
  "ARCHITECTURE_BY_INDUSTRY",
  /** The industry is not among the surveyed industries of the chosen architecture. */
  "INDUSTRY_OUTSIDE_SURVEY",
  /** Facts gave no CPU family: the 信创 score reflects OS and database only. */
  "CPU_NOT_ASSESSED",
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
