/**
 * rate-limiter-flexible limiters on the database (table RateLimiterFlexible), shared by sign-in
 * throttling (lib/session/throttle.ts) and the per-client limits of the API (lib/http/rate-limit.ts),
 * so every instance counts the same rows. One limiter per client and key prefix; only the first
 * of a client sweeps expired rows (every five minutes, over the whole table) — one sweeper per
 * database is enough, and each sweeper's timer would keep its client alive.
 */
import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/client";

export interface LimiterShape {
  points: number;
  /** Window in seconds; 0 = the row never expires on its own. */
  duration: number;
}

const byClient = new WeakMap<Db, Map<string, RateLimiterPrisma>>();

export function databaseLimiter(db: Db, keyPrefix: string, shape: LimiterShape): RateLimiterPrisma {
  let limiters = byClient.get(db);
  if (!limiters) byClient.set(db, (limiters = new Map()));
  let limiter = limiters.get(keyPrefix);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible",
      keyPrefix,
      ...shape,
      clearExpiredByTimeout: limiters.size === 0,
    });
    limiters.set(keyPrefix, limiter);
  }
  return limiter;
}
