/**
 * The README's deployment: two instances of the production build started at the same moment on
 * one new PostgreSQL database. Both migrate and seed (taking turns under the setup lock) and both
 * serve; a PDF rendered by one is served stored by the other.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { BINHAI_BANK_GATEWAY } from "@/lib/assessments/examples";

const SERVER = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PORTS = [3111, 3112];

test.describe.configure({ timeout: 180_000 });

function startInstance(url: string, port: number): ChildProcess {
  return spawn("bash", ["-c", `npx --no-install tsx scripts/db/setup.ts --seed >/dev/null && exec npx --no-install next start -p ${port} -H 127.0.0.1`], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: "e2e-instances-secret-not-for-production",
      ADMIN_EMAIL: "admin@example.com",
      ADMIN_PASSWORD: "e2e-instances-password",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
}

async function healthy(port: number, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

test("two instances started together on one new PostgreSQL database both serve", async ({ request }) => {
  const name = `tj_e2e_instances_${Date.now()}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const instances = PORTS.map((port) => startInstance(url.toString(), port));
  const errors = instances.map(() => "");
  instances.forEach((child, i) => child.stderr?.on("data", (chunk) => (errors[i] += chunk)));
  try {
    const deadline = Date.now() + 120_000;
    const up = await Promise.all(PORTS.map((port) => healthy(port, deadline)));
    expect(up, errors.join("\n")).toEqual([true, true]);
    for (const port of PORTS) {
      const summary = await (await request.get(`http://127.0.0.1:${port}/api/v1/survey/summary`)).json();
      expect(summary.enterprises).toBe(37);
    }
    const check = new pg.Client({ connectionString: url.toString() });
    await check.connect();
    expect((await check.query(`SELECT count(*)::int AS n FROM "Enterprise"`)).rows[0].n).toBe(37);
    expect((await check.query(`SELECT count(*)::int AS n FROM "User"`)).rows[0].n).toBe(1);
    await check.end();

    // One instance renders and stores the report; the other serves those bytes.
    const created = await request.post(`http://127.0.0.1:${PORTS[0]}/api/v1/assessments`, { data: { ...BINHAI_BANK_GATEWAY, submit: true } });
    const { id } = await created.json();
    const first = await request.get(`http://127.0.0.1:${PORTS[0]}/api/v1/assessments/${id}/report.pdf`);
    const second = await request.get(`http://127.0.0.1:${PORTS[1]}/api/v1/assessments/${id}/report.pdf`);
    expect(second.headers()["server-timing"]).toContain("stored");
    expect(Buffer.compare(await first.body(), await second.body())).toBe(0);
  } finally {
    for (const child of instances) if (child.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
});
