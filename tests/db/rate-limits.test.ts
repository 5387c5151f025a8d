/**
 * Per-client limits on the expensive anonymous work, counted in the database (SQLite and
 * PostgreSQL): over the limit is a 429 problem with Retry-After and RateLimit headers, concurrent
 * requests are all counted, and nothing is created by a refused request.
 */
import { describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { BINHAI_BANK_GATEWAY } from "@/lib/assessments/examples";
import { testProviders, useTestDatabase } from "./databases";

const holder = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/session", async () => (await import("@/tests/support/session-mock")).sessionModule);
vi.mock("@/lib/db", () => ({
  get db() {
    return holder.db;
  },
}));

const { POST } = await import("@/app/api/v1/assessments/route");
const { RATE_LIMITS, consumeRateLimit } = await import("@/lib/http/rate-limit");

const providers = await testProviders();
const LIMIT = RATE_LIMITS["assessment-create"].points;
const create = (body: unknown) =>
  POST(new Request("http://test.local/api/v1/assessments", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), undefined);

for (const provider of providers) {
  describe.runIf(provider.enabled)(`rate limits on ${provider.name}`, () => {
    let db: Db;
    useTestDatabase(provider, (t) => {
      db = t.db;
      holder.db = t.db;
    });

    it("answers 429 with Retry-After and RateLimit headers past the limit, and creates nothing more", async () => {
      for (let i = 0; i < LIMIT; i += 1) {
        const response = await create({ submit: false, systemName: `第 ${i} 个` });
        expect(response.status).toBe(201);
        expect(response.headers.get("ratelimit")).toMatch(new RegExp(`^assessment-create;r=${LIMIT - 1 - i};t=\\d+$`));
      }
      const before = await db.assessment.count();
      const refused = await create({ submit: true, ...BINHAI_BANK_GATEWAY });
      expect(refused.status).toBe(429);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(refused.headers.get("ratelimit-policy")).toBe(`assessment-create;q=${LIMIT};w=60`);
      expect(await refused.json()).toMatchObject({ status: 429, code: "rate-limited" });
      expect(await db.assessment.count()).toBe(before);
      // Invalid bodies are refused before they are counted.
      expect((await create({ submit: true, tier: "platinum" })).status).toBe(400);
    });

    it("counts concurrent requests atomically: of 40 at once, exactly the limit pass", async () => {
      const request = new Request("http://test.local/api/v1/compat-check", { method: "POST" });
      const outcomes = await Promise.allSettled(Array.from({ length: 40 }, () => consumeRateLimit(db, "script-download", request)));
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(RATE_LIMITS["script-download"].points);
      expect(outcomes.filter((o) => o.status === "rejected").every((o) => (o as PromiseRejectedResult).reason.status === 429)).toBe(true);
    });
  });
}
