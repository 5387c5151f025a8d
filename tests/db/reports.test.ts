/**
 * Stored PDF reports through the route handlers against throw-away databases (SQLite and
 * PostgreSQL): the first download renders and stores, the next is served from the database
 * byte for byte; the result page schedules the render after its response; a new version, or a
 * survey change that alters the peers, renders anew and keeps one render per version.
 */
import { describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { BINHAI_BANK_GATEWAY } from "@/lib/assessments/examples";
import { testProviders, useTestDatabase } from "./databases";

const holder = vi.hoisted(() => ({ db: undefined as unknown, afterTasks: [] as (() => Promise<void>)[] }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/session", async () => (await import("@/tests/support/session-mock")).sessionModule);
vi.mock("@/lib/db", () => ({
  get db() {
    return holder.db;
  },
}));
// Next's after() needs a request scope; here the scheduled work is collected and run by the test.
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => Promise<void>) => {
    holder.afterTasks.push(task);
  },
}));

const { POST: CREATE } = await import("@/app/api/v1/assessments/route");
const { cookieJar } = await import("@/tests/support/session-mock");
const POST = async (request: Request, context: undefined) => jar.remember(await CREATE(request, context));
const { PUT } = await import("@/app/api/v1/assessments/[id]/route");
const { GET: REPORT } = await import("@/app/api/v1/assessments/[id]/report.pdf/route");
const { prerenderReport } = await import("@/lib/data/report-pdfs");
const { after } = await import("next/server");
const { servedReport } = await import("@/lib/report");
const { reportStore } = await import("@/lib/data/reports");
const { sampleReportInput } = await import("@/tests/support/report-sample");

const providers = await testProviders();

const BASE = "http://test.local/api/v1/assessments";
// One anonymous browser: the assessments it creates are its own through the key cookie.
const jar = cookieJar();
const json = (method: string, body: unknown) => ({ method, headers: { "content-type": "application/json", ...jar.headers() }, body: JSON.stringify(body) });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

async function download(id: string, query = "") {
  const response = await REPORT(new Request(`${BASE}/${id}/report.pdf${query}`, { headers: jar.headers() }), ctx(id));
  expect(response.status).toBe(200);
  return { timing: response.headers.get("server-timing") ?? "", pdf: new Uint8Array(await response.arrayBuffer()) };
}

async function runAfterTasks() {
  const tasks = holder.afterTasks.splice(0);
  for (const task of tasks) await task();
  return tasks.length;
}

for (const provider of providers) {
  describe.runIf(provider.enabled)(`stored reports on ${provider.name}`, () => {
    let db: Db;
    useTestDatabase(provider, (t) => {
      db = t.db;
      holder.db = t.db;
    });

    const renders = (assessmentId: string) =>
      db.reportRender.findMany({ where: { assessmentId }, select: { version: true, key: true, pdf: true }, orderBy: { version: "asc" } });

    it("renders a report after the result page is sent, and the download is served from the store", async () => {
      const created = await POST(new Request(BASE, json("POST", { ...BINHAI_BANK_GATEWAY, submit: true })), undefined);
      expect(created.status).toBe(201);
      const { id } = await created.json();
      expect(await runAfterTasks()).toBe(0); // the submission itself schedules nothing
      after(() => prerenderReport(db, id, 1)); // what the result page does
      expect(await renders(id)).toEqual([]);
      expect(await runAfterTasks()).toBe(1);
      const [stored] = await renders(id);
      expect(stored?.version).toBe(1);

      const { timing, pdf } = await download(id);
      expect(timing).toBe('report;desc="stored"');
      expect(Buffer.from(pdf).equals(Buffer.from(stored!.pdf))).toBe(true);
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    });

    it("renders on the first download when nothing was stored, then serves the same bytes", async () => {
      const { id } = await (await POST(new Request(BASE, json("POST", { ...BINHAI_BANK_GATEWAY, submit: true })), undefined)).json();
      const first = await download(id);
      expect(first.timing).toMatch(/^report;desc="rendered";dur=\d+$/);
      const second = await download(id);
      expect(second.timing).toBe('report;desc="stored"');
      expect(Buffer.from(second.pdf).equals(Buffer.from(first.pdf))).toBe(true);
      expect(await renders(id)).toHaveLength(1);
    });

    it("keeps one render per version, and renders anew when the survey changes the peers", async () => {
      const { id } = await (await POST(new Request(BASE, json("POST", { ...BINHAI_BANK_GATEWAY, submit: true })), undefined)).json();
      await download(id);
      const resubmitted = await PUT(new Request(`${BASE}/${id}`, json("PUT", { ...BINHAI_BANK_GATEWAY, systemName: "滨海网关二期", submit: true })), ctx(id));
      expect(resubmitted.status).toBe(201);
      await download(id, "?version=2");
      const before = await renders(id);
      expect(before.map((r) => r.version)).toEqual([1, 2]);

      // A peer of the recommended architecture changes its outcome: the report's input changes.
      const peer = await db.enterprise.findFirstOrThrow({ where: { architectureTypeId: "microservice-gateway" }, orderBy: { code: "asc" } });
      await db.enterprise.update({ where: { code: peer.code }, data: { outcome: peer.outcome === "success" ? "counter-example" : "success" } });
      const v2 = await download(id, "?version=2");
      expect(v2.timing).toMatch(/desc="rendered"/);
      const after = await renders(id);
      expect(after.map((r) => r.version)).toEqual([1, 2]);
      expect(after[1]?.key).not.toBe(before[1]?.key);
      expect(after[0]?.key).toBe(before[0]?.key);
      await db.enterprise.update({ where: { code: peer.code }, data: { outcome: peer.outcome } });
    });

    it("removes stored renders with their assessment", async () => {
      const { id } = await (await POST(new Request(BASE, json("POST", { ...BINHAI_BANK_GATEWAY, submit: true })), undefined)).json();
      await download(id);
      expect(await renders(id)).toHaveLength(1);
      await db.assessment.delete({ where: { id } });
      expect(await renders(id)).toEqual([]);
    });

    it("still serves a report it could not store (its assessment is gone)", async () => {
      const input = { ...sampleReportInput(process.cwd()), assessmentId: "gone-gone-gone-gone-gone" };
      const served = await servedReport(input, reportStore(db));
      expect(served.source).toBe("rendered");
      expect(served.pdf.byteLength).toBeGreaterThan(10_000);
      expect(await db.reportRender.count()).toBeGreaterThan(0);
      expect(await db.reportRender.count({ where: { assessmentId: input.assessmentId } })).toBe(0);
    });
  });
}
