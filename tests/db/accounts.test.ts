/**
 * Accounts without single sign-on, on SQLite and PostgreSQL, through the server actions the pages
 * call: invitations (shown once, only the hash stored, expiring, revocable, used once), the
 * self-registration switch and its rate limit, and teams. Every admin action refuses a caller the
 * session check turns away, and changes nothing.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { testProviders, useTestDatabase } from "./databases";

const holder = vi.hoisted(() => ({
  db: undefined as unknown,
  admin: null as null | { id: string; email: string; name: string; role: "admin" },
  client: "198.51.100.200",
}));
vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath() {} }));
vi.mock("@/lib/logger", () => ({ logger: { info() {}, warn() {}, error() {} } }));
vi.mock("@/lib/db", () => ({
  get db() {
    return holder.db;
  },
}));
// The role check reads the request's cookies, which a test has none of: the admin, or the redirect
// `requireAdminPage` throws for anyone else.
vi.mock("@/lib/session", () => ({
  requireAdminPage: async () => {
    if (!holder.admin) throw new Error("NEXT_REDIRECT /signin");
    return holder.admin;
  },
}));
vi.mock("@/lib/session/client-address", () => ({ clientAddressFrom: () => holder.client }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "127.0.0.1:3107" }) }));

process.env.NEXTAUTH_URL = "https://selector.example.cn/";

const users = await import("@/app/admin/users/actions");
const teams = await import("@/app/admin/teams/actions");
const { register } = await import("@/app/register/actions");
const { acceptInvitation } = await import("@/app/invite/[token]/actions");
const { invitationState, listPendingInvitations } = await import("@/lib/data/invitations");
const { selfRegistrationOpen } = await import("@/lib/data/settings");
const { listTeams } = await import("@/lib/data/teams");
const { createUser } = await import("@/lib/data/users");
const { secretHash } = await import("@/lib/access/keys");
const { signInWithPassword } = await import("@/lib/session/sign-in");
const { REGISTRATION_LIMIT } = await import("@/lib/session/registration-limit");

const providers = await testProviders();

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

const tokenOf = (link: string) => new URL(link).pathname.split("/").at(-1)!;

for (const provider of providers) {
  describe.runIf(provider.enabled)(`accounts on ${provider.name}`, () => {
    let db: Db;
    useTestDatabase(provider, async (t) => {
      db = t.db;
      holder.db = t.db;
      await createUser(db, { email: "boss@example.com", name: "管理员", role: "admin", password: "boss-password-1" });
      const boss = await db.user.findUniqueOrThrow({ where: { email: "boss@example.com" } });
      holder.admin = { id: boss.id, email: boss.email, name: boss.name, role: "admin" };
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    describe("invitations", () => {
      it("an invitation link is shown once; only its SHA-256 is stored; accepting it creates the account with the invited role", async () => {
        const created = await users.createInvitation(null, form({ email: "New.Architect@Example.com", role: "architect", days: "7" }));
        if (!created?.ok) throw new Error(JSON.stringify(created));
        expect(created.link).toMatch(/^https:\/\/selector\.example\.cn\/invite\/[A-Za-z0-9_-]{43}$/);
        const token = tokenOf(created.link);
        const row = await db.invitation.findFirstOrThrow({ where: { email: "new.architect@example.com" } });
        expect(row.tokenHash).toBe(secretHash(token));
        expect(JSON.stringify(row)).not.toContain(token);
        expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(7 * 24 * 3600 * 1000);
        expect((await listPendingInvitations(db)).map((i) => i.email)).toContain("new.architect@example.com");

        expect(await invitationState(db, token)).toMatchObject({ state: "valid", email: "new.architect@example.com", role: "architect" });
        // The e-mail and role come from the invitation; a forged field in the form changes nothing.
        const accepted = await acceptInvitation(null, form({ token, name: "新架构师", password: "invited-password-1", role: "admin", email: "x@example.com" }));
        expect(accepted).toMatchObject({ ok: true, message: expect.stringContaining("new.architect@example.com") });
        const user = await db.user.findUniqueOrThrow({ where: { email: "new.architect@example.com" } });
        expect(user).toMatchObject({ role: "architect", name: "新架构师" });
        await expect(signInWithPassword(db, { email: "new.architect@example.com", password: "invited-password-1" }, "198.51.100.9")).resolves.toMatchObject({ role: "architect" });

        // Used once: the second attempt and the page both say so.
        expect(await invitationState(db, token)).toEqual({ state: "accepted" });
        expect(await acceptInvitation(null, form({ token, name: "再来", password: "invited-password-2" }))).toMatchObject({ ok: false, message: expect.stringMatching(/^邀请已被使用/) });
        expect(await listPendingInvitations(db)).toEqual([]);
      });

      it("two submissions of one link at once create one account", async () => {
        const created = await users.createInvitation(null, form({ email: "race@example.com", role: "admin", days: "" }));
        if (!created?.ok) throw new Error(JSON.stringify(created));
        const token = tokenOf(created.link);
        const results = await Promise.all([1, 2].map((n) => acceptInvitation(null, form({ token, name: `并发${n}`, password: "race-password-12" }))));
        expect(results.filter((r) => r?.ok)).toHaveLength(1);
        expect(await db.user.count({ where: { email: "race@example.com", role: "admin" } })).toBe(1);
      });

      it("a revoked, an expired, an unknown and a malformed link each show their page and create nothing", async () => {
        const revoked = await users.createInvitation(null, form({ email: "revoked@example.com", role: "architect", days: "7" }));
        if (!revoked?.ok) throw new Error("not created");
        const [pending] = await listPendingInvitations(db);
        expect(await users.revokeInvitation(null, form({ invitationId: pending!.id }))).toMatchObject({ ok: true });
        expect(await users.revokeInvitation(null, form({ invitationId: pending!.id }))).toMatchObject({ ok: false, message: expect.stringMatching(/^邀请不存在或已失效/) });
        expect(await invitationState(db, tokenOf(revoked.link))).toEqual({ state: "revoked" });
        expect(await acceptInvitation(null, form({ token: tokenOf(revoked.link), name: "甲", password: "revoked-password" }))).toMatchObject({
          ok: false,
          message: expect.stringMatching(/^邀请已被撤销/),
        });

        const expiring = await users.createInvitation(null, form({ email: "late@example.com", role: "architect", days: "1" }));
        if (!expiring?.ok) throw new Error("not created");
        const later = new Date(Date.now() + 24 * 3600 * 1000 + 1000);
        expect(await invitationState(db, tokenOf(expiring.link), later)).toEqual({ state: "expired" });
        vi.useFakeTimers({ toFake: ["Date"], now: later });
        expect(await acceptInvitation(null, form({ token: tokenOf(expiring.link), name: "乙", password: "expired-password" }))).toMatchObject({
          ok: false,
          message: expect.stringMatching(/^邀请已过期/),
        });
        vi.useRealTimers();

        expect(await invitationState(db, "A".repeat(43))).toEqual({ state: "unknown" });
        expect(await invitationState(db, "../../etc/passwd")).toEqual({ state: "unknown" });
        expect(await acceptInvitation(null, form({ token: "x", name: "丙", password: "unknown-password" }))).toMatchObject({ ok: false, message: expect.stringMatching(/^邀请链接无效/) });
        expect(await db.user.count({ where: { email: { in: ["revoked@example.com", "late@example.com"] } } })).toBe(0);
      });

      it("inviting an address again revokes the earlier link; an address with an account cannot be invited", async () => {
        const first = await users.createInvitation(null, form({ email: "twice@example.com", role: "architect", days: "3" }));
        const second = await users.createInvitation(null, form({ email: "twice@example.com", role: "architect", days: "3" }));
        if (!first?.ok || !second?.ok) throw new Error("not created");
        expect(await invitationState(db, tokenOf(first.link))).toEqual({ state: "revoked" });
        expect((await invitationState(db, tokenOf(second.link))).state).toBe("valid");

        expect(await users.createInvitation(null, form({ email: "boss@example.com", role: "admin", days: "7" }))).toMatchObject({
          ok: false,
          fieldErrors: { email: ["该邮箱已有账号"] },
        });
      });

      it("checks the invitation's fields, and the password rule when accepting", async () => {
        for (const [fields, field] of [
          [{ email: "no-at", role: "architect", days: "7" }, "email"],
          [{ email: "a@example.com", role: "root", days: "7" }, "role"],
          [{ email: "a@example.com", role: "architect", days: "31" }, "days"],
          [{ email: "a@example.com", role: "architect", days: "0" }, "days"],
          [{ email: "a@example.com", role: "architect", days: "1.5" }, "days"],
          [{ email: "a@example.com", role: "architect", days: "abc" }, "days"],
        ] as const) {
          const result = await users.createInvitation(null, form(fields));
          expect(result, JSON.stringify(fields)).toMatchObject({ ok: false, fieldErrors: { [field]: [expect.any(String)] } });
        }
        const created = await users.createInvitation(null, form({ email: "rules@example.com", role: "architect", days: "7" }));
        if (!created?.ok) throw new Error("not created");
        const token = tokenOf(created.link);
        expect(await acceptInvitation(null, form({ token, name: "丁", password: "short" }))).toMatchObject({ ok: false, fieldErrors: { password: ["密码至少 10 个字符"] } });
        expect(await acceptInvitation(null, form({ token, name: "丁", password: `${"密".repeat(24)}x` }))).toMatchObject({
          ok: false,
          fieldErrors: { password: [expect.stringContaining("72 字节")] },
        });
        expect(await acceptInvitation(null, form({ token, name: " ", password: "long-enough-1" }))).toMatchObject({ ok: false, fieldErrors: { name: ["请输入姓名"] } });
        expect((await invitationState(db, token)).state).toBe("valid");
      });
    });

    describe("self-registration", () => {
      it("is off by default and refuses; an admin switches it on; it makes architects only; off again refuses", async () => {
        expect(await selfRegistrationOpen(db)).toBe(false);
        expect(await register(null, form({ email: "self@example.com", name: "自助", password: "self-password-1" }))).toMatchObject({
          ok: false,
          message: expect.stringMatching(/^自助注册未开放/),
        });
        expect(await db.user.count({ where: { email: "self@example.com" } })).toBe(0);

        expect(await users.setSelfRegistration(null, form({ open: "on" }))).toMatchObject({ ok: true });
        expect(await selfRegistrationOpen(db)).toBe(true);
        const done = await register(null, form({ email: "Self@Example.com", name: "自助", password: "self-password-1", role: "admin" }));
        expect(done).toMatchObject({ ok: true, message: "已注册架构师账号 self@example.com，请登录" });
        expect(await db.user.findUniqueOrThrow({ where: { email: "self@example.com" } })).toMatchObject({ role: "architect", passwordHash: expect.stringMatching(/^\$2/) });
        expect(await register(null, form({ email: "self@example.com", name: "再注册", password: "self-password-2" }))).toMatchObject({
          ok: false,
          fieldErrors: { email: ["该邮箱已有账号"] },
        });

        expect(await users.setSelfRegistration(null, form({ open: "off" }))).toMatchObject({ ok: true });
        expect(await register(null, form({ email: "late@example.com", name: "晚了", password: "self-password-3" }))).toMatchObject({ ok: false });
        expect(await users.setSelfRegistration(null, form({ open: "maybe" }))).toMatchObject({ ok: false, message: "请求无效" });
        // A value written by hand is not "on".
        await db.appSetting.update({ where: { key: "self-registration" }, data: { value: "ON" } });
        expect(await selfRegistrationOpen(db)).toBe(false);
      });

      it(`is limited to ${REGISTRATION_LIMIT.points} attempts per client per hour, accepted or not; other clients are not affected`, async () => {
        await users.setSelfRegistration(null, form({ open: "on" }));
        holder.client = "198.51.100.201";
        for (let i = 0; i < REGISTRATION_LIMIT.points; i += 1) {
          const result = await register(null, form({ email: i === 0 ? `limit${i}@example.com` : "boss@example.com", name: "限", password: "limit-password-1" }));
          expect(result?.message).not.toMatch(/注册过于频繁/);
        }
        expect(await register(null, form({ email: "limit-last@example.com", name: "限", password: "limit-password-1" }))).toMatchObject({
          ok: false,
          message: expect.stringMatching(/^注册过于频繁：同一网络的注册尝试过多，请 \d+ 分钟后再试$/),
        });
        expect(await db.user.count({ where: { email: "limit-last@example.com" } })).toBe(0);
        holder.client = "198.51.100.202";
        expect(await register(null, form({ email: "other-client@example.com", name: "别处", password: "limit-password-1" }))).toMatchObject({ ok: true });
        await users.setSelfRegistration(null, form({ open: "off" }));
      });
    });

    describe("teams", () => {
      it("an admin creates, renames, fills and empties a team, and deletes it", async () => {
        await createUser(db, { email: "member@example.com", name: "成员", role: "architect", password: "member-password-1" });
        expect(await teams.createTeam(null, form({ name: "  平台架构组 " }))).toMatchObject({ ok: true, message: "已创建团队「平台架构组」" });
        expect(await teams.createTeam(null, form({ name: "平台架构组" }))).toMatchObject({ ok: false, fieldErrors: { name: ["已有同名团队"] } });
        const [team] = await listTeams(db);
        expect(team).toMatchObject({ name: "平台架构组", members: [], assessments: 0 });

        expect(await teams.addTeamMember(null, form({ teamId: team!.id, email: "Member@Example.com", role: "viewer" }))).toMatchObject({
          ok: true,
          message: "已将 member@example.com 加入团队（查看者）",
        });
        expect(await teams.addTeamMember(null, form({ teamId: team!.id, email: "member@example.com", role: "editor" }))).toMatchObject({
          ok: true,
          message: "member@example.com 的团队角色已设为编辑者",
        });
        expect((await listTeams(db))[0]!.members).toEqual([expect.objectContaining({ email: "member@example.com", role: "editor" })]);
        expect(await teams.addTeamMember(null, form({ teamId: team!.id, email: "nobody@example.com", role: "viewer" }))).toMatchObject({
          ok: false,
          fieldErrors: { email: ["没有该邮箱的账号"] },
        });
        expect(await teams.addTeamMember(null, form({ teamId: team!.id, email: "member@example.com", role: "owner" }))).toMatchObject({
          ok: false,
          message: "成员角色只能是查看者或编辑者",
        });

        expect(await teams.renameTeam(null, form({ teamId: team!.id, name: "信创架构组" }))).toMatchObject({ ok: true });
        await teams.createTeam(null, form({ name: "另一组" }));
        expect(await teams.renameTeam(null, form({ teamId: team!.id, name: "另一组" }))).toMatchObject({ ok: false, fieldErrors: { name: ["已有同名团队"] } });
        expect(await teams.renameTeam(null, form({ teamId: team!.id, name: "x".repeat(61) }))).toMatchObject({ ok: false, fieldErrors: { name: ["团队名称不能超过 60 个字符"] } });

        const member = await db.user.findUniqueOrThrow({ where: { email: "member@example.com" } });
        expect(await teams.removeTeamMember(null, form({ teamId: team!.id, userId: member.id }))).toMatchObject({ ok: true });
        expect(await teams.removeTeamMember(null, form({ teamId: team!.id, userId: member.id }))).toMatchObject({ ok: false, message: expect.stringMatching(/^该成员已不在团队中/) });

        await teams.addTeamMember(null, form({ teamId: team!.id, email: "member@example.com", role: "viewer" }));
        expect(await teams.deleteTeam(null, form({ teamId: team!.id }))).toMatchObject({ ok: false, fieldErrors: { confirm: ["请先勾选确认"] } });
        expect(await teams.deleteTeam(null, form({ teamId: team!.id, confirm: "yes" }))).toMatchObject({ ok: true });
        expect(await db.teamMember.count({ where: { teamId: team!.id } })).toBe(0);
        const gone = "团队不存在：该团队已被删除或链接有误，请刷新页面";
        expect(await teams.deleteTeam(null, form({ teamId: team!.id, confirm: "yes" }))).toMatchObject({ ok: false, message: gone });
        expect(await teams.renameTeam(null, form({ teamId: team!.id, name: "复活" }))).toMatchObject({ ok: false, message: gone });
        expect(await teams.addTeamMember(null, form({ teamId: team!.id, email: "member@example.com", role: "viewer" }))).toMatchObject({ ok: false, message: gone });
      });
    });

    it("every admin action is refused to a caller that is not an admin, and changes nothing", async () => {
      const before = { invitations: await db.invitation.count(), teams: await db.team.count(), settings: await db.appSetting.findMany() };
      const admin = holder.admin;
      holder.admin = null;
      try {
        const attempts = [
          () => users.createInvitation(null, form({ email: "intruder@example.com", role: "admin", days: "7" })),
          () => users.revokeInvitation(null, form({ invitationId: "x" })),
          () => users.setSelfRegistration(null, form({ open: "on" })),
          () => teams.createTeam(null, form({ name: "入侵组" })),
          () => teams.renameTeam(null, form({ teamId: "x", name: "y" })),
          () => teams.deleteTeam(null, form({ teamId: "x", confirm: "yes" })),
          () => teams.addTeamMember(null, form({ teamId: "x", email: "member@example.com", role: "editor" })),
          () => teams.removeTeamMember(null, form({ teamId: "x", userId: "y" })),
        ];
        for (const attempt of attempts) await expect(attempt()).rejects.toThrow(/NEXT_REDIRECT/);
      } finally {
        holder.admin = admin;
      }
      expect({ invitations: await db.invitation.count(), teams: await db.team.count(), settings: await db.appSetting.findMany() }).toEqual(before);
    });
  });
}
