/**
 * What the database says about a signed-in user — role, disabled, and the session version every
 * token must carry — with a short per-process cache, because every page reads it (the layout
 * shows who is signed in) and most requests would otherwise cost a query just to say "still valid".
 *
 * Staleness window: a change made on this instance (sign-out, password reset, disabling, through
 * `forgetSessionUser`) is seen at once; a change made on another instance is seen here within
 * SESSION_CACHE_MS. Reads are cached per Prisma client, so tests running two databases in one
 * process never see each other's users.
 */
import type { Db } from "@/lib/db/client";

export const ROLES = ["admin", "architect"] as const;
export type Role = (typeof ROLES)[number];

export const SESSION_CACHE_MS = 5_000;
/** More distinct users than this in one window is not this product; the cache just starts over. */
const MAX_ENTRIES = 1_000;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  sessionVersion: number;
}

interface Entry {
  user: SessionUser | null;
  until: number;
}

/**
 * One cache per Prisma client, all reachable from one process-wide registry: Next bundles route
 * handlers and pages separately, each with its own copy of this module (and of lib/db's client),
 * and a sign-out handled by /api/auth must also clear what the pages' copy holds.
 */
interface Registry {
  byClient: WeakMap<Db, Map<string, Entry>>;
  all: Set<Map<string, Entry>>;
}
const REGISTRY_KEY = Symbol.for("tj-go-stack.session-cache");
const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
const registry: Registry = (holder[REGISTRY_KEY] ??= { byClient: new WeakMap(), all: new Set() });

function cacheOf(db: Db): Map<string, Entry> {
  let cache = registry.byClient.get(db);
  if (!cache) {
    cache = new Map();
    registry.byClient.set(db, cache);
    registry.all.add(cache);
  }
  return cache;
}

/**
 * The user as the database says, cached for SESSION_CACHE_MS. `tokenVersion`: a token newer than
 * the cached row proves the cache behind (versions only grow — a request that read the row just
 * before a sign-out cached the old one), so it is read again rather than refusing a fresh sign-in.
 */
export async function sessionUser(db: Db, id: string, tokenVersion?: unknown, now = Date.now()): Promise<SessionUser | null> {
  const cache = cacheOf(db);
  const hit = cache.get(id);
  const behind = typeof tokenVersion === "number" && hit?.user != null && hit.user.sessionVersion < tokenVersion;
  if (hit && hit.until > now && !behind) return hit.user;
  const row = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true },
  });
  const user = row && (ROLES as readonly string[]).includes(row.role) ? { ...row, role: row.role as Role } : null;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(id, { user, until: now + SESSION_CACHE_MS });
  return user;
}

/** After this process changed the user's row: every copy's next read goes to the database. */
export function forgetSessionUser(id: string): void {
  for (const cache of registry.all) cache.delete(id);
}

/**
 * Whether a token's session version still opens a session: the user exists, is enabled, and has
 * not signed out, had the password reset or been disabled since the token was issued. A token
 * from before session versions existed carries none and is refused.
 */
export function isCurrentSession(user: SessionUser | null, tokenVersion: unknown): user is SessionUser {
  return user !== null && !user.disabled && typeof tokenVersion === "number" && tokenVersion === user.sessionVersion;
}
