/**
 * Sign-in throttling with growing waits, never a lock-out (docs/decisions/004-security-headers-and-auth.md).
 *
 * A hard lock per account let anyone keep an admin out by typing wrong passwords for them. Here
 * nothing an attacker does from other clients can make the real admin's own client wait more than
 * the account-wide cap, and a client that has not failed on an account is never refused for it:
 *
 * - per (account, client), strict: 3 failures free, then 5 s, 10 s, 20 s … up to 15 minutes
 *   between attempts; counted over 24 hours and cleared by a success from that client;
 * - per client, across accounts: 10 failures free, then the same growing waits, over 24 hours;
 * - per account, lenient: after 10 failures from anywhere within 15 minutes, every client that
 *   fails on the account waits at least 1 s, 2 s … capped at 30 s before its next attempt.
 *
 * Counters and waits are rows of rate-limiter-flexible's Prisma store (`RateLimiterFlexible`),
 * shared by all instances. An attempt is counted before its password is checked (an atomic
 * increment in the database, so concurrent attempts cannot slip through as "the first"), and
 * refunded when it succeeds. A wait is a row that only one attempt can create: the attempt that
 * creates it goes ahead, every other attempt until it expires is refused.
 */
import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/client";
import { databaseLimiter } from "@/lib/data/rate-limiters";

export interface Escalation {
  /** Failures that cost no wait. */
  free: number;
  baseMs: number;
  capMs: number;
}

export const THROTTLE_POLICY = {
  pair: { free: 3, baseMs: 5_000, capMs: 15 * 60_000, windowSeconds: 24 * 3600 },
  client: { free: 10, baseMs: 5_000, capMs: 15 * 60_000, windowSeconds: 24 * 3600 },
  account: { free: 10, baseMs: 1_000, capMs: 30_000, windowSeconds: 15 * 60 },
} as const;

/** Pure: the wait after the `failures`-th failure (0 while free), doubling up to the cap. */
export function waitAfter(failures: number, rule: Escalation): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.capMs, rule.baseMs * 2 ** Math.min(failures - rule.free, 30));
}

/** Keys of rate-limiter-flexible rows; e-mails are hashed so the table holds no addresses typed at sign-in. */
export function throttleKeys(email: string, client: string) {
  const account = createHash("sha256").update(email.trim().toLowerCase()).digest("base64url").slice(0, 22);
  return { account, client, pair: `${account}|${client}` };
}

const PREFIX = {
  account: "signin:account",
  client: "signin:client",
  pair: "signin:pair",
  clientWait: "signin:client-wait",
  pairWait: "signin:pair-wait",
} as const;

type Limiters = Record<keyof typeof PREFIX, RateLimiterPrisma>;

function limiters(db: Db): Limiters {
  // A counter only counts (`penalty`); a wait row admits one attempt (`consume` of its 1 point).
  const make = (keyPrefix: string, kind: "counter" | "wait", windowSeconds = 0) =>
    databaseLimiter(db, keyPrefix, { points: kind === "counter" ? Number.MAX_SAFE_INTEGER : 1, duration: windowSeconds });
  return {
    account: make(PREFIX.account, "counter", THROTTLE_POLICY.account.windowSeconds),
    client: make(PREFIX.client, "counter", THROTTLE_POLICY.client.windowSeconds),
    pair: make(PREFIX.pair, "counter", THROTTLE_POLICY.pair.windowSeconds),
    clientWait: make(PREFIX.clientWait, "wait"),
    pairWait: make(PREFIX.pairWait, "wait"),
  };
}

/** Takes the one slot of a wait row for `ms`, or answers how long the current one still runs. */
async function takeSlot(limiter: RateLimiterPrisma, key: string, ms: number): Promise<number> {
  if (ms <= 0) return 0;
  try {
    await limiter.consume(key, 1, { customDuration: Math.ceil(ms / 1000) });
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(error.msBeforeNext, 1000);
    throw error;
  }
}

export type Attempt = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Counts one attempt of `keys` and decides whether it may check the password now. The waits it
 * sets apply to the *next* attempt, as if this one fails; `succeeded` undoes that.
 */
export async function beginAttempt(db: Db, keys: ReturnType<typeof throttleKeys>): Promise<Attempt> {
  const l = limiters(db);
  // A client already told to wait is refused before anything is counted: otherwise each of its
  // refused attempts, for ever new e-mails, would still write rows (swept only after a day).
  const waiting = await l.clientWait.get(keys.client);
  if (waiting && waiting.remainingPoints === 0 && waiting.msBeforeNext > 0) return { allowed: false, retryAfterMs: waiting.msBeforeNext };
  const [pair, client, account] = await Promise.all([
    l.pair.penalty(keys.pair),
    l.client.penalty(keys.client),
    l.account.penalty(keys.account),
  ]);
  const pairWait = Math.max(
    waitAfter(pair.consumedPoints, THROTTLE_POLICY.pair),
    waitAfter(account.consumedPoints, THROTTLE_POLICY.account),
  );
  // A client that has not failed on this account has no pair-wait row yet: its first attempt is
  // never refused by the account's counter, whoever else is hammering the account.
  const [pairLeft, clientLeft] = await Promise.all([
    takeSlot(l.pairWait, keys.pair, pairWait),
    takeSlot(l.clientWait, keys.client, waitAfter(client.consumedPoints, THROTTLE_POLICY.client)),
  ]);
  const retryAfterMs = Math.max(pairLeft, clientLeft);
  return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true };
}

/** The right password: this client's failures on the account are forgiven, the attempt refunded. */
export async function succeeded(db: Db, keys: ReturnType<typeof throttleKeys>): Promise<void> {
  const l = limiters(db);
  const refund = (prefix: string, key: string) =>
    db.rateLimiterFlexible.updateMany({ where: { key: `${prefix}:${key}`, points: { gt: 0 } }, data: { points: { decrement: 1 } } });
  await Promise.all([
    l.pair.delete(keys.pair),
    l.pairWait.delete(keys.pair),
    refund(PREFIX.client, keys.client),
    refund(PREFIX.account, keys.account),
  ]);
}

/** Failures counted against `keys` now (for the tests). */
export async function failureCounts(db: Db, keys: ReturnType<typeof throttleKeys>) {
  const l = limiters(db);
  const points = async (limiter: RateLimiterPrisma, key: string) => (await limiter.get(key))?.consumedPoints ?? 0;
  return {
    pair: await points(l.pair, keys.pair),
    client: await points(l.client, keys.client),
    account: await points(l.account, keys.account),
  };
}
