/**
 * Who may read and change an assessment, through the real route handlers on SQLite and
 * PostgreSQL (docs/decisions/008-accounts-and-sharing.md): anonymous visitors, another architect,
 * a viewer, a revoked link and a read-only token are refused every write (problem+json, nothing
 * changed); anonymous visitors and other architects cannot read a private assessment, its PDF or
 * its script; an editor writes and every version records its author; a token with the write scope
 * creates and submits; the access log records who came through which link.
 */
import { describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { BINHAI_BANK_GATEWAY } from "@/lib/assessments/examples";
import type { CurrentUser } from "@/lib/session";
import { testProviders, useTestDatabase } from "./databases";

const holder = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/db", () => ({
  get db() {
    return holder.db;
  },
}));
vi.mock("@/lib/session", async () => (await import("@/tests/support/session-mock")).sessionModule);

const { POST } = await import("@/app/api/v1/assessments/route");
const { GET, PUT, DELETE } = await import("@/app/api/v1/assessments/[id]/route");
const { GET: PDF } = await import("@/app/api/v1/assessments/[id]/report.pdf/route");
const { GET: SCRIPT } = await import("@/app/api/v1/assessments/[id]/compat-check.sh/route");
const { session } = await import("@/tests/support/session-mock");
const { createAccessToken, revokeAccessToken } = await import("@/lib/data/tokens");
const { createShareLink, revokeShareLink, shareWithUser, accessLog } = await import("@/lib/data/sharing");
const { getAssessment, restoreFromBin } = await import("@/lib/data/assessments");

const providers = await testProviders();

const BASE = "http://test.local/api/v1/assessments";
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

interface As {
  user?: CurrentUser | null;
  bearer?: string;
  cookie?: string;
  share?: string;
}

function request(url: string, as: As, init: RequestInit = {}) {
  session.user = as.user ?? null;
  const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
  if (as.bearer) headers.authorization = `Bearer ${as.bearer}`;
  if (as.cookie) headers.cookie = as.cookie;
  const withShare = as.share ? `${url}${url.includes("?") ? "&" : "?"}share=${as.share}` : url;
  return new Request(withShare, { ...init, headers });
}
const body = (value: unknown) => ({ method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(value) });

const create = (as: As, value: unknown = { ...BINHAI_BANK_GATEWAY, submit: true }) =>
  POST(request(BASE, as, { ...body(value), method: "POST" }), undefined);
const read = (id: string, as: As) => GET(request(`${BASE}/${id}`, as), ctx(id));
const write = (id: string, as: As, value: unknown = { ...BINHAI_BANK_GATEWAY, systemName: "被改写", submit: false }) =>
  PUT(request(`${BASE}/${id}`, as, body(value)), ctx(id));
const remove = (id: string, as: As) => DELETE(request(`${BASE}/${id}`, as, { method: "DELETE" }), ctx(id));
const pdf = (id: string, as: As) => PDF(request(`${BASE}/${id}/report.pdf`, as), ctx(id));
const script = (id: string, as: As) => SCRIPT(request(`${BASE}/${id}/compat-check.sh`, as), ctx(id));

async function problem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  return (await response.json()) as { code: string; detail?: string };
}

for (const provider of providers) {
  describe.runIf(provider.enabled)(`assessment access on ${provider.name}`, () => {
    let db: Db;
    useTestDatabase(provider, (t) => {
      db = t.db;
      holder.db = t.db;
    });

    const users: Record<"owner" | "other" | "viewer" | "editor", CurrentUser> = {
      owner: { id: "u-owner", email: "owner@example.com", name: "所有者", role: "architect" },
      other: { id: "u-other", email: "other@example.com", name: "另一位架构师", role: "architect" },
      viewer: { id: "u-viewer", email: "viewer@example.com", name: "只读同事", role: "architect" },
      editor: { id: "u-editor", email: "editor@example.com", name: "编辑同事", role: "architect" },
    };

    async function setup() {
      for (const user of Object.values(users)) {
        await db.user.upsert({ where: { id: user.id }, create: { ...user, passwordHash: "-" }, update: {} });
      }
      const created = await create({ user: users.owner });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      await shareWithUser(db, id, users.owner.id, users.viewer.email, "viewer");
      await shareWithUser(db, id, users.owner.id, users.editor.email, "editor");
      return id;
    }

    const snapshot = async (id: string) => ({
      versions: await db.assessmentVersion.findMany({ where: { assessmentId: id }, orderBy: { version: "asc" }, select: { version: true, answers: true, status: true } }),
      assessment: await db.assessment.findUniqueOrThrow({ where: { id }, select: { systemName: true, revision: true, deletedAt: true } }),
    });

    it("refuses every write by anonymous, another architect, a viewer, a revoked link and a read-only token; nothing changes", async () => {
      const id = await setup();
      const link = await createShareLink(db, id, users.owner.id, { label: "评审会", expiresAt: null });
      await revokeShareLink(db, id, link.id);
      const readOnly = await createAccessToken(db, users.owner.id, { name: "只读", scopes: ["assessments:read"], expiresAt: null });
      const before = await snapshot(id);

      const refusals: [string, As, number][] = [
        ["anonymous", {}, 404],
        ["another architect", { user: users.other }, 404],
        ["a viewer", { user: users.viewer }, 403],
        ["a revoked link", { share: link.token }, 404],
        ["a read-only token", { bearer: readOnly.token }, 403],
      ];
      for (const [who, as, status] of refusals) {
        expect((await problem(await write(id, as), status)).code, who).toBe(status === 404 ? "not-found" : "forbidden");
        expect((await write(id, as, { ...BINHAI_BANK_GATEWAY, submit: true })).status, who).toBe(status);
        expect((await remove(id, as)).status, who).toBe(status);
      }
      expect(await snapshot(id)).toEqual(before);
    });

    it("anonymous visitors and other architects cannot read it, its PDF or its script", async () => {
      const id = await setup();
      for (const as of [{}, { user: users.other }] as As[]) {
        await problem(await read(id, as), 404);
        await problem(await pdf(id, as), 404);
        await problem(await script(id, as), 404);
      }
      // The same 404 as for an id that does not exist: the answer tells nothing.
      const missing = await problem(await read("AAAAAAAAAAAAAAAAAAAAAAAA", {}), 404);
      const hidden = await problem(await read(id, {}), 404);
      expect(hidden).toEqual(missing);
    });

    it("a read-only link reads the assessment, its PDF and its script, until it is revoked or expires", async () => {
      const id = await setup();
      const link = await createShareLink(db, id, users.owner.id, { label: "评审会", expiresAt: null });
      expect((await read(id, { share: link.token })).status).toBe(200);
      expect((await script(id, { share: link.token })).status).toBe(200);
      await problem(await write(id, { share: link.token }), 403);
      await revokeShareLink(db, id, link.id);
      await problem(await read(id, { share: link.token }), 404);
      const expired = await createShareLink(db, id, users.owner.id, { label: "已过期", expiresAt: new Date(Date.now() - 1000) });
      await problem(await read(id, { share: expired.token }), 404);
      const log = await accessLog(db, id);
      expect(log.some((entry) => entry.via === "只读链接「评审会」" && entry.action === "download")).toBe(true);
    });

    it("an editor saves a new version; each version records who wrote it", async () => {
      const id = await setup();
      const saved = await write(id, { user: users.editor }, { ...BINHAI_BANK_GATEWAY, systemName: "同事修改后", submit: true });
      expect(saved.status).toBe(201);
      const view = await getAssessment(db, id, "latest");
      expect(view?.versions.map((v) => [v.version, v.author])).toEqual([
        [1, "所有者"],
        [2, "编辑同事"],
      ]);
      expect((await accessLog(db, id)).some((entry) => entry.who === "编辑同事" && entry.action === "change")).toBe(true);
    });

    it("a token with the write scope creates and submits; without a valid token the API says 401", async () => {
      await setup();
      const writer = await createAccessToken(db, users.owner.id, { name: "CI", scopes: ["assessments:read", "assessments:write"], expiresAt: null });
      const created = await create({ bearer: writer.token }, { ...BINHAI_BANK_GATEWAY, submit: false });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      expect((await db.assessment.findUniqueOrThrow({ where: { id } })).ownerId).toBe(users.owner.id);
      const submitted = await write(id, { bearer: writer.token }, { ...BINHAI_BANK_GATEWAY, submit: true });
      expect(submitted.status).toBe(200);
      expect(((await submitted.json()) as { status: string }).status).toBe("submitted");
      // A token never manages: deleting needs the owner signed in.
      await problem(await remove(id, { bearer: writer.token }), 403);

      const readOnly = await createAccessToken(db, users.owner.id, { name: "只读", scopes: ["assessments:read"], expiresAt: null });
      await problem(await create({ bearer: readOnly.token }), 403);
      await revokeAccessToken(db, users.owner.id, writer.id);
      const revoked = await problem(await create({ bearer: writer.token }), 401);
      expect(revoked.code).toBe("invalid-token");
      await problem(await read(id, { bearer: "tjgo_pat_not-a-token" }), 401);
    });

    it("an anonymous draft is its browser's; signing in from that browser claims it", async () => {
      await setup();
      const created = await create({}, { submit: false, systemName: "匿名草稿" });
      const cookie = created.headers.get("set-cookie")!.split(";")[0]!;
      expect(created.headers.get("set-cookie")).toMatch(/HttpOnly; SameSite=Lax/);
      const { id } = (await created.json()) as { id: string };
      expect((await read(id, { cookie })).status).toBe(200);
      await problem(await read(id, {}), 404);
      await problem(await read(id, { user: users.other }), 404);
      // The owner signs in from the same browser: the draft becomes theirs, the key no longer opens it.
      expect((await read(id, { user: users.owner, cookie })).status).toBe(200);
      const row = await db.assessment.findUniqueOrThrow({ where: { id } });
      expect(row.ownerId).toBe(users.owner.id);
      expect(row.anonymousKeyHash).toBeNull();
      await problem(await read(id, { cookie }), 404);
    });

    it("an assessment from before accounts is readable by its link and writable by no one", async () => {
      await setup();
      const created = await create({ user: users.owner });
      const { id } = (await created.json()) as { id: string };
      await db.assessment.update({ where: { id }, data: { ownerId: null, legacy: true } });
      expect((await read(id, {})).status).toBe(200);
      const refused = await problem(await write(id, { user: users.other }), 403);
      expect(refused.detail).toContain("账户功能上线之前");
    });

    it("a Basic header from a proxy in front of the site is not a token; an empty or chosen key cookie is no key", async () => {
      await setup();
      const created = await create({}, { submit: false, systemName: "代理后面" });
      const cookie = created.headers.get("set-cookie")!.split(";")[0]!;
      const { id } = (await created.json()) as { id: string };
      const basic = GET(request(`${BASE}/${id}`, { cookie }, { headers: { authorization: "Basic dXNlcjpwYXNz" } }), ctx(id));
      expect((await basic).status).toBe(200);
      const empty = await create({ cookie: "tjgo_anon=" }, { submit: false, systemName: "空钥匙" });
      expect(empty.headers.get("set-cookie")).toMatch(/^tjgo_anon=[A-Za-z0-9_-]{43};/);
      const chosen = await create({ cookie: "tjgo_anon=attacker-knows-this" }, { submit: false });
      expect(chosen.headers.get("set-cookie")).toMatch(/^tjgo_anon=[A-Za-z0-9_-]{43};/);
    });

    it("in the bin it is read-only even for its owner, and restorable only within 30 days", async () => {
      const id = await setup();
      expect((await remove(id, { user: users.owner })).status).toBe(204);
      expect((await problem(await write(id, { user: users.owner }), 403)).detail).toContain("回收站");
      await restoreFromBin(db, id);
      expect((await write(id, { user: users.owner })).status).toBe(201);
      await db.assessment.update({ where: { id }, data: { deletedAt: new Date(Date.now() - 31 * 86_400_000) } });
      await expect(restoreFromBin(db, id)).rejects.toMatchObject({ status: 404 });
    });

    it("the owner moves it to the bin: nobody else reads it, not even through a link", async () => {
      const id = await setup();
      const link = await createShareLink(db, id, users.owner.id, { label: "评审会", expiresAt: null });
      expect((await remove(id, { user: users.owner })).status).toBe(204);
      await problem(await read(id, { user: users.viewer }), 404);
      await problem(await read(id, { share: link.token }), 404);
      expect((await read(id, { user: users.owner })).status).toBe(200);
    });
  });
}
