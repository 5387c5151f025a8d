/**
 * Per-client limits on the expensive anonymous work — creating assessments, PDF downloads (which
 * may typeset) and check-script generation — counted in the database (rate-limiter-flexible's
 * Prisma store, table RateLimiterFlexible), so the limits hold across instances. A refused
 * request is a 429 problem with `Retry-After`; every limited response carries `RateLimit-Policy`
 * and `RateLimit` (draft-ietf-httpapi-ratelimit-headers: `name;q=…;w=…` and `name;r=…;t=…`).
 */
import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { databaseLimiter } from "@/lib/data/rate-limiters";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { clientAddressFrom } from "@/lib/session/client-address";

/** Requests per client per window. Generous for a person, tight for a script hammering the server. */
export const RATE_LIMITS = {
  "assessment-create": { points: 30, duration: 60 },
  "report-download": { points: 30, duration: 60 },
  "script-download": { points: 30, duration: 60 },
} as const;
export type RateLimitName = keyof typeof RATE_LIMITS;

const limiter = (db: Db, name: RateLimitName) => databaseLimiter(db, `rl:${name}`, RATE_LIMITS[name]);

function headers(name: RateLimitName, state: RateLimiterRes): Record<string, string> {
  const { points, duration } = RATE_LIMITS[name];
  return {
    "RateLimit-Policy": `${name};q=${points};w=${duration}`,
    RateLimit: `${name};r=${state.remainingPoints};t=${Math.ceil(state.msBeforeNext / 1000)}`,
  };
}

/**
 * Counts one request against `name` for the client that sent `request` (its address, as far as
 * TRUST_PROXY lets X-Forwarded-For speak); returns the headers to add to the response, or throws
 * a 429 AppError (with the same headers and `Retry-After`) when the client is over the limit.
 */
export async function consumeRateLimit(db: Db, name: RateLimitName, request: Request): Promise<Record<string, string>> {
  try {
    return headers(name, await limiter(db, name).consume(clientAddressFrom(request.headers)));
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new AppError({
      status: 429,
      code: "rate-limited",
      title: "请求过于频繁",
      detail: `同一客户端的请求过多，请 ${retryAfter} 秒后再试`,
      headers: { ...headers(name, error), "Retry-After": String(retryAfter) },
    });
  }
}
