/**
 * The escalation rule of sign-in throttling (the database side is tests/db/auth-throttle.test.ts).
 * Rewritten with the policy: the old hard lock (5 failures → 15 minutes refused, even with the
 * right password) is gone, so its assertions went with it.
 */
import { describe, expect, it } from "vitest";
import { THROTTLE_POLICY, throttleKeys, waitAfter } from "./throttle";

describe("sign-in throttling policy", () => {
  it("per (account, client): 3 failures free, then waits double from 5 s up to 15 minutes", () => {
    const waits = [1, 2, 3, 4, 5, 6, 10, 11, 50].map((n) => waitAfter(n, THROTTLE_POLICY.pair));
    expect(waits).toEqual([0, 0, 5_000, 10_000, 20_000, 40_000, 640_000, 900_000, 900_000]);
  });

  it("per client: 10 failures free across accounts, then the same growth", () => {
    expect(waitAfter(9, THROTTLE_POLICY.client)).toBe(0);
    expect(waitAfter(10, THROTTLE_POLICY.client)).toBe(5_000);
    expect(waitAfter(1_000_000, THROTTLE_POLICY.client)).toBe(15 * 60_000);
  });

  it("per account: lenient and capped at 30 s, so nobody can keep the real user out for long", () => {
    const waits = [9, 10, 11, 14, 15, 500].map((n) => waitAfter(n, THROTTLE_POLICY.account));
    expect(waits).toEqual([0, 1_000, 2_000, 16_000, 30_000, 30_000]);
  });

  it("keys the account by a hash of the normalised e-mail, never the address itself", () => {
    const keys = throttleKeys(" Admin@Example.com ", "203.0.113.7");
    expect(keys.account).toBe(throttleKeys("admin@example.com", "x").account);
    expect(keys.account).not.toContain("example");
    expect(keys.pair).toBe(`${keys.account}|203.0.113.7`);
  });
});
