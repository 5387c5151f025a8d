/**
 * Assessments through the route handlers against throw-away databases (SQLite and PostgreSQL):
 * create, draft updates, new versions on re-submission, reads by version, 404s, and a tampered
 * submission that is refused field by field and stores nothing.
 */
import { describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { BINHAI_BANK_GATEWAY, CENTOS_MYSQL_LEGACY } from "@/lib/assessments/examples";
import { cookieJar } from "@/tests/support/session-mock";
import { testProviders, useTestDatabase } from "./databases";

const holder = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/session", async () => (await import("@/tests/support/session-mock")).sessionModule);
vi.mock("@/lib/db", () => ({
  get db() {
    return holder.db;
  },
}));

const { POST } = await import("@/app/api/v1/assessments/route");
const { GET, PUT } = await import("@/app/api/v1/assessments/[id]/route");
const { getAssessment } = await import("@/lib/data/assessments");

const providers = await testProviders();

const BASE = "http://test.local/api/v1/assessments";
// An anonymous browser: its drafts are reachable with the key cookie the first POST sets.
const jar = cookieJar();
const send = (method: string, body: unknown) => ({
  method,
  headers: { "content-type": "application/json", ...jar.headers() },
  body: JSON.stringify(body),
});
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const post = async (body: unknown) => jar.remember(await POST(new Request(BASE, send("POST", body)), undefined));
const put = (id: string, body: unknown) => PUT(new Request(`${BASE}/${id}`, send("PUT", body)), ctx(id));
const get = (id: string, query = "") => GET(new Request(`${BASE}/${id}${query}`, { headers: jar.headers() }), ctx(id));
const putIfMatch = (id: string, etag: string, body: unknown) => {
  const init = send("PUT", body);
  return PUT(new Request(`${BASE}/${id}`, { ...init, headers: { ...init.headers, "if-match": etag } }), ctx(id));
};

for (const provider of providers) {
  describe.runIf(provider.enabled)(`assessments on ${provider.name}`, () => {
    let db: Db;
    useTestDatabase(provider, (t) => {
      db = t.db;
      holder.db = t.db;
    });

    const counts = async () => [await db.assessment.count(), await db.assessmentVersion.count()];

    it("creates a draft from partial answers with an unguessable id", async () => {
      const response = await post({ submit: false, systemName: "草稿系统", industry: "finance" });
      expect(response.status).toBe(201);
      const body = await response.json();
      expect(body).toMatchObject({ version: 1, status: "draft", url: `/assessments/${body.id}`, editUrl: `/assess?id=${body.id}` });
      expect(body.id).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(body.result).toBeUndefined();
      const row = await db.assessmentVersion.findFirstOrThrow({ where: { assessmentId: body.id } });
      expect(row.answers).toEqual({ systemName: "草稿系统", industry: "finance" });
      expect(row.result).toBeNull();
    });

    it("updates the open draft in place, then submits it as the same version", async () => {
      const { id } = await (await post({ submit: false, industry: "finance" })).json();
      const saved = await put(id, { submit: false, ...BINHAI_BANK_GATEWAY, tier: undefined });
      expect(saved.status).toBe(200);
      expect(await saved.json()).toMatchObject({ version: 1, status: "draft" });
      expect(await db.assessmentVersion.count({ where: { assessmentId: id } })).toBe(1);

      const submitted = await put(id, { submit: true, ...BINHAI_BANK_GATEWAY });
      expect(submitted.status).toBe(200);
      const body = await submitted.json();
      expect(body).toMatchObject({ version: 1, status: "submitted" });
      expect(body.result.rootNode).toEqual({ tier: "core", rtoMaxSeconds: 900, rpoMaxSeconds: 0, syncMode: "sync-multi-active" });
      const row = await db.assessmentVersion.findFirstOrThrow({ where: { assessmentId: id } });
      expect(row.submittedAt).not.toBeNull();
      expect((await db.assessment.findUniqueOrThrow({ where: { id } })).systemName).toBe(BINHAI_BANK_GATEWAY.systemName);
    });

    it("after a submission, saving opens version 2 as a draft; submitting keeps version 1 intact", async () => {
      const created = await post({ submit: true, ...BINHAI_BANK_GATEWAY });
      expect(created.status).toBe(201);
      const { id, result } = await created.json();
      expect(result.architecture.profile.name).toBe("微服务网关型");

      const draft = await put(id, { submit: false, ...BINHAI_BANK_GATEWAY, os: "centos-7" });
      expect(draft.status).toBe(201);
      expect(await draft.json()).toMatchObject({ version: 2, status: "draft" });
      const again = await put(id, { submit: false, ...BINHAI_BANK_GATEWAY, os: "centos-7", database: "mysql" });
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ version: 2, status: "draft" });

      const v2 = await put(id, { submit: true, ...CENTOS_MYSQL_LEGACY });
      expect(await v2.json()).toMatchObject({ version: 2, status: "submitted", result: { pruning: { decision: "defer" } } });
      const v3 = await put(id, { submit: true, ...BINHAI_BANK_GATEWAY });
      expect(v3.status).toBe(201);
      expect(await v3.json()).toMatchObject({ version: 3, status: "submitted" });

      const latest = await (await get(id)).json();
      expect(latest.version).toBe(3);
      expect(latest.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
        [1, "submitted"],
        [2, "submitted"],
        [3, "submitted"],
      ]);
      const first = await (await get(id, "?version=1")).json();
      expect(first.answers).toEqual(BINHAI_BANK_GATEWAY);
      expect(first.result.pruning.decision).not.toBe("defer");
      const second = await getAssessment(db, id, 2);
      expect(second?.current.answers.os).toBe("centos-7");
    });

    it("the result page reads the latest submitted version even with an open draft", async () => {
      const { id } = await (await post({ submit: true, ...BINHAI_BANK_GATEWAY })).json();
      await put(id, { submit: false, systemName: "改名中" });
      expect((await getAssessment(db, id, "latest"))?.current).toMatchObject({ version: 2, status: "draft" });
      expect((await getAssessment(db, id, "latest-submitted"))?.current).toMatchObject({ version: 1, status: "submitted" });
    });

    it("reads a submitted version whose stored result is outdated as today's evaluation", async () => {
      const { id } = await (await post({ submit: true, ...BINHAI_BANK_GATEWAY })).json();
      const stored = await db.assessmentVersion.findFirstOrThrow({ where: { assessmentId: id } });
      await db.assessmentVersion.update({ where: { id: stored.id }, data: { result: { engine: "an older response shape" } } });
      const view = await getAssessment(db, id, "latest-submitted");
      expect(view?.current).toMatchObject({ status: "submitted", resultOutdated: true });
      expect(view?.current.result).toEqual(stored.result);
      const body = await (await get(id)).json();
      expect(body.result).toEqual(stored.result);
    });

    it("answers 404 problem+json for unknown or malformed ids and versions", async () => {
      for (const response of [
        await get("A".repeat(24)),
        await get("not-an-id"),
        await put("A".repeat(24), { submit: false }),
      ]) {
        expect(response.status).toBe(404);
        expect(response.headers.get("content-type")).toContain("application/problem+json");
      }
      const { id } = await (await post({ submit: false })).json();
      expect((await get(id, "?version=9")).status).toBe(404);
      expect((await get(id, "?version=abc")).status).toBe(400);
    });

    it("still opens a submitted version that today's engine cannot evaluate; only its result is missing", async () => {
      const { id } = await (await post({ submit: false, systemName: "旧规则下提交" })).json();
      // As if submitted under older rules: incomplete answers today, and a result of an old shape.
      await db.assessmentVersion.updateMany({ where: { assessmentId: id }, data: { status: "submitted", result: { old: true }, submittedAt: new Date() } });
      const view = await getAssessment(db, id, "latest");
      expect(view?.current).toMatchObject({ status: "submitted", result: null, resultOutdated: true, answers: { systemName: "旧规则下提交" } });
      const read = await get(id);
      expect(read.status).toBe(200);
      expect((await read.json()).result).toBeNull();
    });

    it("gives every read and write an ETag and refuses a stale If-Match with 412, changing nothing", async () => {
      const created = await post({ submit: false, systemName: "并发草稿" });
      const { id } = await created.json();
      const first = created.headers.get("etag")!;
      expect(first).toMatch(/^"r\d+"$/);
      expect((await get(id)).headers.get("etag")).toBe(first);

      const saved = await putIfMatch(id, first, { submit: false, systemName: "我的修改" });
      expect(saved.status).toBe(200);
      const second = saved.headers.get("etag")!;
      expect(second).not.toBe(first);

      const before = await db.assessmentVersion.findFirstOrThrow({ where: { assessmentId: id } });
      for (const stale of [first, '"r999"', "not-an-etag"]) {
        const refused = await putIfMatch(id, stale, { submit: false, systemName: "另一个标签页" });
        expect(refused.status).toBe(412);
        expect(await refused.json()).toMatchObject({ status: 412, code: "stale-revision" });
      }
      expect(await db.assessmentVersion.findFirstOrThrow({ where: { assessmentId: id } })).toEqual(before);
      expect((await put(id, { submit: false, systemName: "无条件覆盖" })).status).toBe(200);
      expect((await putIfMatch(id, "*", { submit: false, systemName: "任意版本" })).status).toBe(200);
      expect((await putIfMatch("A".repeat(24), second, { submit: false })).status).toBe(404);
    });

    it("of 30 concurrent saves with one If-Match, one wins and 29 get 412; without it none is lost", async () => {
      const created = await post({ submit: false, systemName: "并发" });
      const { id } = await created.json();
      const etag = created.headers.get("etag")!;
      const statuses = await Promise.all(
        Array.from({ length: 30 }, (_, i) => putIfMatch(id, etag, { submit: false, systemName: `标签页 ${i}` }).then((r) => r.status)),
      );
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 412)).toHaveLength(29);

      const revision = async () => (await db.assessment.findUniqueOrThrow({ where: { id } })).revision;
      const start = await revision();
      const unconditional = await Promise.all(Array.from({ length: 30 }, (_, i) => put(id, { submit: false, systemName: `无条件 ${i}` })));
      expect(unconditional.map((r) => r.status)).toEqual(Array(30).fill(200));
      expect(await revision()).toBe(start + 30);
      expect(await db.assessmentVersion.count({ where: { assessmentId: id } })).toBe(1);
    });

    it("refuses a tampered submission with per-field errors and stores nothing", async () => {
      const before = await counts();
      const tampered = {
        ...BINHAI_BANK_GATEWAY,
        submit: true,
        tier: "platinum",
        servicesLast6m: -3,
        industry: "casino",
        factors: { xinchuang: 1.5 },
        dependencies: [{ kind: "internal-http", count: 1e9 }],
        isAdmin: true,
      };
      const response = await post(tampered);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      const problem = await response.json();
      const paths = problem.errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(["tier", "servicesLast6m", "industry", "factors.xinchuang", "dependencies.0.count", ""]));
      expect(problem.errors.every((e: { message: string }) => e.message.length > 0)).toBe(true);
      expect(await counts()).toEqual(before);

      const { id } = await (await post({ submit: true, ...BINHAI_BANK_GATEWAY })).json();
      const mid = await counts();
      expect((await put(id, { ...tampered })).status).toBe(400);
      expect((await put(id, { submit: true, ...BINHAI_BANK_GATEWAY, memoryLimitMb: -1 })).status).toBe(400);
      expect((await put(id, { systemName: "no submit flag" })).status).toBe(400);
      expect(await counts()).toEqual(mid);
    });
  });
}
