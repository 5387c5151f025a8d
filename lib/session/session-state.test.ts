/**
 * The session cache across module copies: Next bundles route handlers and pages separately, each
 * with its own copy of this module, and a sign-out handled in one must reach the other's cache.
 */
import { describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";

const row = (sessionVersion: number) => ({ id: "u1", email: "a@example.com", name: "甲", role: "admin", disabled: false, sessionVersion });

async function freshCopy() {
  vi.resetModules();
  return import("./session-state");
}

describe("session cache", () => {
  it("forgetting a user in one copy of the module makes every copy read the database again", async () => {
    const findUnique = vi.fn().mockResolvedValueOnce(row(0)).mockResolvedValueOnce(row(0)).mockResolvedValue(row(1));
    const db = { user: { findUnique } } as unknown as Db;
    const routes = await freshCopy();
    const pages = await freshCopy();
    expect(routes).not.toBe(pages);

    expect((await routes.sessionUser(db, "u1"))?.sessionVersion).toBe(0);
    expect((await pages.sessionUser(db, "u1"))?.sessionVersion).toBe(0);
    expect(findUnique).toHaveBeenCalledTimes(1); // one cache per client, shared by both copies

    routes.forgetSessionUser("u1");
    expect(pages.isCurrentSession(await pages.sessionUser(db, "u1"), 0)).toBe(true);
    expect(findUnique).toHaveBeenCalledTimes(2);
  });

  it("reads again after SESSION_CACHE_MS", async () => {
    const { sessionUser, SESSION_CACHE_MS, isCurrentSession } = await freshCopy();
    const findUnique = vi.fn().mockResolvedValueOnce(row(0)).mockResolvedValue(row(1));
    const db = { user: { findUnique } } as unknown as Db;
    expect(isCurrentSession(await sessionUser(db, "u1", 0, 1_000), 0)).toBe(true);
    expect(isCurrentSession(await sessionUser(db, "u1", 0, 1_000 + SESSION_CACHE_MS - 1), 0)).toBe(true);
    expect(isCurrentSession(await sessionUser(db, "u1", 0, 1_000 + SESSION_CACHE_MS), 0)).toBe(false);
  });

  it("reads again at once for a token newer than the cached row (a sign-in right after a sign-out)", async () => {
    const { sessionUser, isCurrentSession } = await freshCopy();
    // A request with the old token cached version 0 just before the sign-out bumped it to 1.
    const findUnique = vi.fn().mockResolvedValueOnce(row(0)).mockResolvedValue(row(1));
    const db = { user: { findUnique } } as unknown as Db;
    expect(isCurrentSession(await sessionUser(db, "u1", 0, 1_000), 0)).toBe(true);
    // The new sign-in's token carries 1: not refused because of the stale cache…
    expect(isCurrentSession(await sessionUser(db, "u1", 1, 1_001), 1)).toBe(true);
    // …and the old token is refused from then on.
    expect(isCurrentSession(await sessionUser(db, "u1", 0, 1_002), 0)).toBe(false);
    expect(findUnique).toHaveBeenCalledTimes(2);
  });
});
