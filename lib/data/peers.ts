/**
 * Peers of an assessment, asked of the database: at most `limit` rows from each of the three
 * groups (same type and industry, same type only, same industry only), in code order, plus two
 * counts — bounded however large the survey grows. Indexed by (architectureTypeId, industry, code)
 * and (industry, code). The rule itself is lib/assessments/peers.ts.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import { rowToRecord } from "@/lib/db/enterprise-rows";
import { PEER_LIMIT, peerOf, type PeerQuery, type PeerSelection } from "@/lib/assessments/peers";

export async function findPeers(db: Db, query: PeerQuery, limit = PEER_LIMIT): Promise<PeerSelection> {
  const take = Math.max(0, limit);
  const { architecture, industry } = query;
  const matching = { OR: [{ architectureTypeId: architecture }, { industry }] };
  const page = (where: object) => (take === 0 ? Promise.resolve([]) : db.enterprise.findMany({ where, orderBy: { code: "asc" }, take }));
  const [both, typeOnly, industryOnly, total, counterExamples] = await Promise.all([
    page({ architectureTypeId: architecture, industry }),
    page({ architectureTypeId: architecture, industry: { not: industry } }),
    page({ industry, architectureTypeId: { not: architecture } }),
    db.enterprise.count({ where: matching }),
    db.enterprise.count({ where: { ...matching, outcome: "counter-example" } }),
  ]);
  const peers = [...both, ...typeOnly, ...industryOnly].slice(0, take).map((row) => peerOf(rowToRecord(row), query));
  return { peers, total, counterExamples, reconstructed: peers.some((p) => p.record.reconstructed) };
}
