/** Starts the production build on a fresh seeded SQLite database for HTTP benchmarks. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

export interface BenchServer {
  url: string;
  /** The database the server uses, for benchmarks that grow it while it runs. */
  databaseUrl: string;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`服务进程已退出（${child.exitCode}）`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`服务未在 ${timeoutMs / 1000}s 内就绪：${url}`);
}

/** `database`: the SQLite file's name under .data/ (default: the e2e database). */
export async function startServer(port = 3191, database?: string): Promise<BenchServer> {
  const child = spawn("bash", [path.join(ROOT, "scripts", "e2e-server.sh"), String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    // TRUST_PROXY=1: each benchmark request names its own client in X-Forwarded-For, so the
    // per-client rate limits measure nothing but themselves.
    env: { ...process.env, LOG_LEVEL: "silent", TRUST_PROXY: "1", ...(database ? { E2E_DB: database } : {}) },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`, child);
  return {
    url,
    databaseUrl: `file:${path.join(ROOT, ".data", `${database ?? "e2e"}.db`)}`,
    // next-server drains gracefully on SIGTERM and may linger: give it a moment, then SIGKILL the group.
    async stop() {
      if (!child.pid) return;
      const signal = (name: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, name);
        } catch {
          // already gone
        }
      };
      signal("SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 1500));
      signal("SIGKILL");
    },
  };
}
