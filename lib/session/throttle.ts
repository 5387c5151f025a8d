/**
 * Sign-in throttling per account and per client IP (docs/decisions/004-security-headers-and-auth.md). State lives in
 * the database (LoginThrottle) so that several app instances share it.
 *
 * Policy: within a 15-minute window, 5 failures lock an account and 20 failures lock an IP, each
 * for 15 minutes. A success clears the account's counter (not the IP's).
 */
import type { Db } from "@/lib/db/client";

export const THROTTLE_POLICY = {
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
  maxAccountFailures: 5,
  maxIpFailures: 20,
} as const;

export interface ThrottleState {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** Pure: the state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date, limit: number, policy = THROTTLE_POLICY): ThrottleState {
  const fresh = !state || now.getTime() - state.windowStart.getTime() > policy.windowMs;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStart = fresh ? now : state.windowStart;
  const lockedUntil = failures >= limit ? new Date(now.getTime() + policy.lockMs) : (state?.lockedUntil ?? null);
  return { failures, windowStart, lockedUntil };
}

/** Pure: minutes left on a lock at `now`, or 0. */
export function lockMinutesLeft(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil || state.lockedUntil <= now) return 0;
  return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 60_000);
}

export async function lockedFor(db: Db, keys: string[], now = new Date()): Promise<number> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys } } });
  return Math.max(0, ...rows.map((row) => lockMinutesLeft(row, now)));
}

export async function recordFailure(db: Db, key: string, limit: number, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const state = await tx.loginThrottle.findUnique({ where: { key } });
    const next = afterFailure(state, now, limit);
    await tx.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
  });
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}
