/**
 * Peers of an assessment among the surveyed enterprises: same architecture type or same industry,
 * closest first. District is shown for comparison only and never selects or orders peers by
 * itself — it is the survey's pseudo-correlated variable (seed 001 §4.4).
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
  /** True when any record shown is a reconstruction (seed 001 gives only aggregates). */
  reconstructed: boolean;
}

const rank = (p: Peer) => (p.sameArchitecture && p.sameIndustry ? 0 : p.sameArchitecture ? 1 : 2);

export function selectPeers(records: readonly EnterpriseRecord[], query: PeerQuery, limit = 12): PeerSelection {
  const matched: Peer[] = [];
  for (const record of records) {
    const sameArchitecture = record.architectureType === query.architecture;
    const sameIndustry = record.industry === query.industry;
    if (!sameArchitecture && !sameIndustry) continue;
    matched.push({ record, sameArchitecture, sameIndustry, sameDistrict: query.district !== undefined && record.district === query.district });
  }
  matched.sort((p, q) => rank(p) - rank(q) || p.record.code.localeCompare(q.record.code, "en", { numeric: true }));
  const peers = matched.slice(0, Math.max(0, limit));
  return {
    peers,
    total: matched.length,
    counterExamples: matched.filter((p) => p.record.outcome === "counter-example").length,
    reconstructed: peers.some((p) => p.record.reconstructed),
  };
}
