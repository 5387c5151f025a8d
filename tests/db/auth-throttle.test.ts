/**
 * Sign-in throttling against real databases (SQLite and PostgreSQL): the lock-out attempt that
 * used to keep an admin out for 15 minutes, spoofed X-Forwarded-For, concurrent failures, and the
 * bcrypt work for unknown e-mails. Time is moved with fake Date only; the database rows carry the
 * expiry times the store computed from it.
 */
import bcrypt from "bcryptjs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { createUser } from "@/lib/data/users";
import type { TrustProxy } from "@/lib/env";
import { resolveClientAddress } from "@/lib/session/client-address";
import { SIGN_IN_MESSAGES, signInWithPassword } from "@/lib/session/sign-in";
import { failureCounts, throttleKeys } from "@/lib/session/throttle";
import { testProviders, useTestDatabase } from "./databases";

vi.mock("@/lib/logger", () => ({ logger: { info() {}, warn() {}, error() {} } }));

const providers = await testProviders();
const NONE: TrustProxy = { kind: "none" };
const PASSWORD = "the-right-password-1";
const WAIT = /^登录尝试过于频繁，请 \d+ (秒|分钟)后再试$/;

/** What one attempt came to: signed in, a wrong password, or told to wait (and for how long). */
async function attempt(db: Db, email: string, password: string, client: string) {
  try {
    await signInWithPassword(db, { email, password }, client);
    return { outcome: "signed-in" as const };
  } catch (error) {
    const message = (error as Error).message;
    if (message === SIGN_IN_MESSAGES.invalid) return { outcome: "invalid" as const };
    expect(message).toMatch(WAIT);
    const [, amount, unit] = /(\d+) (秒|分钟)/.exec(message)!;
    return { outcome: "wait" as const, seconds: Number(amount) * (unit === "分钟" ? 60 : 1) };
  }
}

let clock = Date.UTC(2026, 11, 1, 9, 0);
const advance = (seconds: number) => {
  clock += seconds * 1000;
  vi.setSystemTime(clock);
};

for (const provider of providers) {
  describe.runIf(provider.enabled)(`sign-in throttling on ${provider.name}`, () => {
    let db: Db;
    useTestDatabase(provider, (t) => {
      db = t.db;
    });
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ["Date"] });
      advance(24 * 3600); // every test starts after the previous one's windows
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    let serial = 0;
    const newAdmin = async () => {
      serial += 1;
      return createUser(db, { email: `admin${serial}@example.com`, name: "管理员", role: "admin", password: PASSWORD });
    };

    it("an attack from other clients with spoofed X-Forwarded-For leaves the admin signing in at once, or within 30 s after a typo", async () => {
      const email = await newAdmin();
      // 20 attacking machines, each sending its own X-Forwarded-For every time.
      for (let round = 0; round < 2; round += 1) {
        for (let machine = 0; machine < 20; machine += 1) {
          const client = resolveClientAddress(`10.9.${round}.${machine}`, `198.51.100.${machine}`, NONE);
          await attempt(db, email, `wrong-${round}-${machine}`, client);
        }
      }
      expect((await failureCounts(db, throttleKeys(email, "x"))).account).toBeGreaterThanOrEqual(30);

      const own = resolveClientAddress(undefined, "203.0.113.50", NONE);
      expect(await attempt(db, email, PASSWORD, own)).toEqual({ outcome: "signed-in" });

      // A typo during the attack costs at most the account-wide cap.
      expect(await attempt(db, email, "a-typo", own)).toEqual({ outcome: "invalid" });
      const refused = await attempt(db, email, PASSWORD, own);
      expect(refused.outcome).toBe("wait");
      expect(refused.seconds).toBeLessThanOrEqual(30);
      advance(refused.seconds!);
      expect(await attempt(db, email, PASSWORD, own)).toEqual({ outcome: "signed-in" });
    }, 120_000);

    it("an attacker retrying the moment each wait ends gets ~a dozen guesses an hour on one account", async () => {
      const email = await newAdmin();
      const client = "198.51.100.77";
      let guesses = 0;
      for (let elapsed = 0; elapsed < 3600; ) {
        const result = await attempt(db, email, `guess-${elapsed}`, client);
        if (result.outcome === "wait") {
          advance(result.seconds!);
          elapsed += result.seconds!;
        } else guesses += 1;
      }
      expect(guesses).toBeGreaterThanOrEqual(3);
      expect(guesses).toBeLessThanOrEqual(13);
      // The right password from elsewhere is unaffected.
      expect(await attempt(db, email, PASSWORD, "203.0.113.51")).toEqual({ outcome: "signed-in" });
    }, 120_000);

    it("spoofed X-Forwarded-For does not dodge the per-client limit when TRUST_PROXY is unset", async () => {
      const results = [];
      for (let i = 0; i < 11; i += 1) {
        const client = resolveClientAddress(`192.0.2.${i}`, "198.51.100.200", NONE);
        results.push((await attempt(db, `nobody${i}@example.com`, "guess", client)).outcome);
      }
      expect(results.slice(0, 10)).toEqual(Array(10).fill("invalid"));
      expect(results[10]).toBe("wait");
      // Behind one trusted proxy, the entry it appended is the client, not what the client wrote.
      const proxied = (spoof: string) => resolveClientAddress(`${spoof}, 198.51.100.200`, "10.0.0.1", { kind: "hops", hops: 1 });
      expect((await attempt(db, "nobody99@example.com", "guess", proxied("192.0.2.99"))).outcome).toBe("wait");
    }, 60_000);

    it("a client told to wait writes nothing more, whatever e-mails it tries", async () => {
      const client = "198.51.100.77";
      for (let i = 0; i < 11; i += 1) await attempt(db, `spray${i}@example.com`, "guess", client);
      expect((await attempt(db, "spray-next@example.com", "guess", client)).outcome).toBe("wait");
      const rows = await db.rateLimiterFlexible.count();
      for (let i = 0; i < 20; i += 1) expect((await attempt(db, `spray-more${i}@example.com`, "guess", client)).outcome).toBe("wait");
      expect(await db.rateLimiterFlexible.count()).toBe(rows);
    }, 60_000);

    it("30 concurrent failures from 30 clients count 30; 30 concurrent from one client are all counted, at most 3 checked", async () => {
      const email = await newAdmin();
      const spread = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(db, email, "wrong", `198.51.101.${i}`)));
      expect(spread.every((result) => result.outcome === "invalid")).toBe(true);
      expect((await failureCounts(db, throttleKeys(email, "x"))).account).toBe(30);

      advance(3600);
      const other = await newAdmin();
      const burst = await Promise.all(Array.from({ length: 30 }, () => attempt(db, other, "wrong", "198.51.102.1")));
      const checked = burst.filter((result) => result.outcome === "invalid").length;
      expect(checked).toBeLessThanOrEqual(3);
      expect(burst.filter((result) => result.outcome === "wait")).toHaveLength(30 - checked);
      expect(await failureCounts(db, throttleKeys(other, "198.51.102.1"))).toEqual({ pair: 30, client: 30, account: 30 });
    }, 60_000);

    it("an unknown e-mail costs the same bcrypt comparison as a known one", async () => {
      const email = await newAdmin();
      const compare = vi.spyOn(bcrypt, "compare");
      await attempt(db, email, "wrong", "198.51.103.1");
      await attempt(db, "no-such-user@example.com", "wrong", "198.51.103.2");
      expect(compare).toHaveBeenCalledTimes(2);
      const [known, unknown] = compare.mock.calls.map((call) => call[1]);
      expect(known).toMatch(/^\$2[aby]\$12\$/);
      expect(unknown).toMatch(/^\$2[aby]\$12\$/);
      expect(unknown).not.toBe(known);
    }, 30_000);

    it("a success forgives that client's failures on the account and refunds its own attempt", async () => {
      const email = await newAdmin();
      const client = "198.51.104.1";
      await attempt(db, email, "wrong-1", client);
      await attempt(db, email, "wrong-2", client);
      expect(await attempt(db, email, PASSWORD, client)).toEqual({ outcome: "signed-in" });
      expect(await failureCounts(db, throttleKeys(email, client))).toEqual({ pair: 0, client: 2, account: 2 });
    }, 30_000);
  });
}
