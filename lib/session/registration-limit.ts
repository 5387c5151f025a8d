/**
 * Self-registration per client (the address TRUST_PROXY lets us believe, lib/session/client-address.ts),
 * counted in the database like the other per-client limits (lib/data/rate-limiters.ts), so every
 * instance counts the same rows. Every submission counts, accepted or not: each one costs a bcrypt
 * hash, and a script trying addresses to learn which have accounts is held to the same pace.
 */
import { RateLimiterRes } from "rate-limiter-flexible";
import { databaseLimiter } from "@/lib/data/rate-limiters";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Generous for people behind one office address, tight for a script. */
export const REGISTRATION_LIMIT = { points: 10, duration: 60 * 60 } as const;

/** Counts one registration attempt of `client`; a 429 AppError (shown on the form) when over the limit. */
export async function consumeRegistrationAttempt(db: Db, client: string): Promise<void> {
  try {
    await databaseLimiter(db, "rl:registration", REGISTRATION_LIMIT).consume(client);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60_000));
    throw new AppError({ status: 429, code: "rate-limited", title: "注册过于频繁", detail: `同一网络的注册尝试过多，请 ${minutes} 分钟后再试` });
  }
}
