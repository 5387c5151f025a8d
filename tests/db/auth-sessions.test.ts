/**
 * Sessions end when they should, against real databases (SQLite and PostgreSQL): the `jwt`
 * callback every session read runs refuses a token after sign-out, a password reset or disabling;
 * the cache behind it is stale for at most SESSION_CACHE_MS; and the admin's user actions answer
 * an unknown user id or a 73-byte password with a message, not a 500.
 */
import type { JWT } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { SESSION_CACHE_MS } from "@/lib/session/session-state";
import { testProviders, useTestDatabase } from "./databases";

const holder = vi.hoisted(() => ({ db: undefined as unknown, admin: { id: "admin-id", email: "a@example.com", name: "甲", role: "admin" } }));
vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath() {} }));
vi.mock("@/lib/logger", () => ({ logger: { info() {}, warn() {}, error() {} } }));
vi.mock("@/lib/db", () => ({
  get db() {
    return holder.db;
  },
}));
// The actions' role check reads the request's cookies, which a test has none of.
vi.mock("@/lib/session", () => ({ requireAdminPage: async () => holder.admin }));

const { authOptions } = await import("@/lib/session/auth-options");
const { signInWithPassword } = await import("@/lib/session/sign-in");
const { createUser: createUserAction, resetPassword, setUserDisabled } = await import("@/app/admin/users/actions");
const { createUser } = await import("@/lib/data/users");

const providers = await testProviders();
const PASSWORD = "session-password-1";

/** The two moments next-auth runs the `jwt` callback: at sign-in (with the user) and on every read. */
const issue = async (user: unknown) => (await authOptions.callbacks!.jwt!({ token: {}, user } as never)) as JWT;
const read = (token: JWT) => authOptions.callbacks!.jwt!({ token } as never);
const signOut = (token: JWT) => authOptions.events!.signOut!({ token } as never);

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

for (const provider of providers) {
  describe.runIf(provider.enabled)(`sessions on ${provider.name}`, () => {
    let db: Db;
    useTestDatabase(provider, (t) => {
      db = t.db;
      holder.db = t.db;
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    let serial = 0;
    /** A fresh user signed in through `authorize`: its id and the token next-auth would store. */
    async function signedIn() {
      serial += 1;
      const email = await createUser(db, { email: `user${serial}@example.com`, name: "乙", role: "admin", password: PASSWORD });
      const user = await signInWithPassword(db, { email, password: PASSWORD }, `198.51.100.${serial}`);
      return { id: user.id, token: await issue(user) };
    }

    it("signing out ends the session; the old token, replayed, can neither read nor end the new one", async () => {
      const first = await signedIn();
      await expect(read(first.token)).resolves.toMatchObject({ uid: first.id, sv: 0 });
      await signOut(first.token);
      await expect(read(first.token)).rejects.toThrow(/no longer current/);

      const again = await issue(await signInWithPassword(db, { email: `user${serial}@example.com`, password: PASSWORD }, "198.51.100.1"));
      await signOut(first.token);
      await expect(read(again)).resolves.toMatchObject({ sv: 1 });
    });

    it("a password reset and disabling end the user's sessions at once on this instance", async () => {
      const reset = await signedIn();
      expect(await resetPassword(null, form({ userId: reset.id, password: "another-password-2" }))).toMatchObject({ ok: true });
      await expect(read(reset.token)).rejects.toThrow(/no longer current/);

      const disabled = await signedIn();
      expect(await setUserDisabled(null, form({ userId: disabled.id, disabled: "true" }))).toMatchObject({ ok: true });
      await expect(read(disabled.token)).rejects.toThrow(/no longer current/);
      expect(await setUserDisabled(null, form({ userId: disabled.id, disabled: "false" }))).toMatchObject({ ok: true });
      await expect(read(disabled.token)).rejects.toThrow(/no longer current/);
    });

    it(`a change made by another instance is seen within ${SESSION_CACHE_MS / 1000} s`, async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      const user = await signedIn();
      await read(user.token); // cached now
      await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
      await expect(read(user.token)).resolves.toBeTruthy();
      vi.setSystemTime(Date.now() + SESSION_CACHE_MS + 1);
      await expect(read(user.token)).rejects.toThrow(/no longer current/);
    });

    it("refuses a token without a session version (issued before versions existed) or for an unknown user", async () => {
      const user = await signedIn();
      await expect(read({ uid: user.id, role: "admin" })).rejects.toThrow(/no longer current/);
      await expect(read({ uid: "no-such-user", sv: 0 })).rejects.toThrow(/no longer current/);
    });

    it("admin actions answer an unknown user id with a clear message instead of a 500", async () => {
      const missing = "00000000-0000-4000-8000-000000000000";
      const message = "账号不存在：该账号已被删除或链接有误，请刷新页面";
      expect(await setUserDisabled(null, form({ userId: missing, disabled: "true" }))).toEqual({ ok: false, message, fieldErrors: {} });
      expect(await resetPassword(null, form({ userId: missing, password: "another-password-2" }))).toEqual({ ok: false, message, fieldErrors: {} });
      expect(await setUserDisabled(null, form({ userId: "x".repeat(500), disabled: "true" }))).toMatchObject({ ok: false, message: "请求无效" });
    });

    it("refuses 73-byte passwords at creation and reset, on the password field", async () => {
      const password = `${"密".repeat(24)}x`;
      const created = await createUserAction(null, form({ email: "long@example.com", name: "丙", role: "admin", password }));
      expect(created).toMatchObject({ ok: false, fieldErrors: { password: ["密码不能超过 72 字节（UTF-8 编码；一个汉字占 3 字节）"] } });
      expect(await db.user.count({ where: { email: "long@example.com" } })).toBe(0);
      const user = await signedIn();
      expect(await resetPassword(null, form({ userId: user.id, password }))).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringContaining("72 字节")] } });
      await expect(read(user.token)).resolves.toBeTruthy();
    });
  });
}
