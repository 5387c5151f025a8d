/**
 * Peers of an assessment among the surveyed enterprises: same architecture type or same industry,
 * closest first (both, then the type, then the industry), by code within each group. District is
 * shown for comparison only and never selects or orders peers by itself — it is the survey's
 * pseudo-correlated variable (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4).
 *
 * The app asks the database (lib/data/peers.ts: a bounded query per group and two counts); this
 * in-memory version states the rule, and tests hold the database to it.
 */
import type { ArchitectureType, District, Industry } from "@/lib/domain/catalog";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";

export interface PeerQuery {
  architecture: ArchitectureType;
  industry: Industry;
  district?: District;
}

export interface Peer {
  record: EnterpriseRecord;
  sameArchitecture: boolean;
  sameIndustry: boolean;
  /** Shown as a note only. */
  sameDistrict: boolean;
}

export interface PeerSelection {
  peers: Peer[];
  /** How many matched before the limit. */
  total: number;
  counterExamples: number;
  /** True when any record shown is a reconstruction (《Golang 天津技术栈选型决策树（2024 京津冀版）》 gives only aggregates). */
  reconstructed: boolean;
}

/** Code order as the databases sort the column (code units, not locale or numeric order). */
export const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const PEER_LIMIT = 12;

export const peerOf = (record: EnterpriseRecord, query: PeerQuery): Peer => ({
  record,
  sameArchitecture: record.architectureType === query.architecture,
  sameIndustry: record.industry === query.industry,
  sameDistrict: query.district !== undefined && record.district === query.district,
});

const rank = (p: Peer) => (p.sameArchitecture && p.sameIndustry ? 0 : p.sameArchitecture ? 1 : 2);

export function selectPeers(records: readonly EnterpriseRecord[], query: PeerQuery, limit = PEER_LIMIT): PeerSelection {
  const matched: Peer[] = [];
  for (const record of records) {
    const peer = peerOf(record, query);
    if (peer.sameArchitecture || peer.sameIndustry) matched.push(peer);
  }
  matched.sort((p, q) => rank(p) - rank(q) || byCode(p.record.code, q.record.code));
  const peers = matched.slice(0, Math.max(0, limit));
  return {
    peers,
    total: matched.length,
    counterExamples: matched.filter((p) => p.record.outcome === "counter-example").length,
    reconstructed: peers.some((p) => p.record.reconstructed),
  };
}
