/**
 * Peers read from the database (bounded pages and two counts) equal the rule computed over every
 * record in memory, on SQLite and PostgreSQL, on the shipped survey and after thousands of
 * generated records are added.
 */
import { describe, expect, it, vi } from "vitest";
import { recordToRow, rowToRecord } from "@/lib/db/enterprise-rows";
import { findPeers } from "@/lib/data/peers";
import { selectPeers, type PeerQuery } from "@/lib/assessments/peers";
import { ARCHITECTURE_TYPES, INDUSTRIES } from "@/lib/domain/catalog";
import { generateRecords } from "@/tests/support/survey-records";
import { testProviders, useTestDatabase, type TestDatabase } from "./databases";

vi.mock("server-only", () => ({}));

const providers = await testProviders();

const QUERIES: PeerQuery[] = [
  { architecture: "microservice-gateway", industry: "finance", district: "binhai" },
  { architecture: "gov-lowcode", industry: "government" },
  { architecture: "industrial-bridge", industry: "port-logistics", district: "dongli" },
  { architecture: "crossborder-settlement", industry: "other" },
];

for (const provider of providers) {
  describe.runIf(provider.enabled)(`peers on ${provider.name}`, () => {
    let t: TestDatabase;
    useTestDatabase(provider, (created) => {
      t = created;
    });
    const all = async () => (await t.db.enterprise.findMany()).map(rowToRecord);

    it("equal the in-memory rule on the shipped survey, for every type × industry", async () => {
      const records = await all();
      for (const architecture of ARCHITECTURE_TYPES)
        for (const industry of INDUSTRIES) {
          const query = { architecture, industry, district: "hexi" as const };
          expect(await findPeers(t.db, query)).toEqual(selectPeers(records, query));
        }
      expect(await findPeers(t.db, QUERIES[0]!, 0)).toEqual(selectPeers(records, QUERIES[0]!, 0));
    });

    it("stay bounded and equal after 3,000 more records", async () => {
      const added = generateRecords(3000).map((record, i) => ({ ...record, code: `TJ-${30000 + i}` }));
      await t.db.enterprise.createMany({ data: added.map(recordToRow) });
      const records = await all();
      for (const query of QUERIES) {
        const fromDb = await findPeers(t.db, query);
        expect(fromDb.peers).toHaveLength(12);
        expect(fromDb).toEqual(selectPeers(records, query));
        expect(await findPeers(t.db, query, 50)).toEqual(selectPeers(records, query, 50));
      }
    });
  });
}
