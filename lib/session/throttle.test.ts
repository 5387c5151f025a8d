import { describe, expect, it } from "vitest";
import { THROTTLE_POLICY, afterFailure, lockMinutesLeft } from "./throttle";

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 10, 0) + minutes * 60_000);

describe("sign-in throttling", () => {
  it("locks an account after the fifth failure within the window, for 15 minutes", () => {
    let state = null;
    for (let i = 0; i < THROTTLE_POLICY.maxAccountFailures - 1; i += 1) state = afterFailure(state, at(i), THROTTLE_POLICY.maxAccountFailures);
    expect(lockMinutesLeft(state, at(4))).toBe(0);
    state = afterFailure(state, at(4), THROTTLE_POLICY.maxAccountFailures);
    expect(lockMinutesLeft(state, at(4))).toBe(15);
    expect(lockMinutesLeft(state, at(18.5))).toBe(1);
    expect(lockMinutesLeft(state, at(19))).toBe(0);
  });

  it("starts a new window when the last one is over", () => {
    const old = afterFailure(afterFailure(null, at(0), 5), at(1), 5);
    const fresh = afterFailure(old, at(30), 5);
    expect(fresh.failures).toBe(1);
    expect(fresh.windowStart).toEqual(at(30));
  });
});
