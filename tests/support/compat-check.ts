/**
 * Helpers for the script tests (not a test file itself): write a generated script, run it
 * with a controlled environment, and require the Debian tools the tests drive.
 */
import { execFile, execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CompatCheckProfileInput } from "@/lib/validations/compat-check";
import { generateCompatCheck } from "@/lib/compat-check/generate";

export const FIXTURE_ROOTS = join(process.cwd(), "tests", "fixtures", "compat-check", "roots");
export const EMMANSUN_STUB_GOPATH = join(process.cwd(), "tests", "fixtures", "compat-check", "gopath-emmansun-stub");
export const DEBIAN_GOCODE = "/usr/share/gocode";

/** One Go build cache for every script test, so each package compiles once per machine. */
export const SHARED_GOCACHE = join(tmpdir(), "compat-check-vitest-gocache");

export const BASE_PROFILE = {
  systemName: "和平区一网通办",
  os: "kylin-v10-sp3",
  cpu: "phytium",
  goVersion: "1.19",
  crypto: "sm-tls13",
  cgo: false,
  memoryLimitMb: null,
  smLibrary: "tjfoc",
} as const satisfies CompatCheckProfileInput;

const createdDirs: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  createdDirs.push(dir);
  return dir;
}

/** afterAll(removeTempDirs) in each test file: leave nothing behind in /tmp. */
export function removeTempDirs(): void {
  for (const dir of createdDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function writeScript(profile: CompatCheckProfileInput, dir = tempDir("compat-check-test")): string {
  const path = join(dir, "compat-check.sh");
  writeFileSync(path, generateCompatCheck(profile).script);
  chmodSync(path, 0o755);
  return path;
}

/** An explicit child environment (Next's types require NODE_ENV in ProcessEnv). */
export function childEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  return { NODE_ENV: "test", ...vars };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a script with a minimal, explicit environment (PATH, HOME, shared GOCACHE, a private
 * TMPDIR) plus `env`; nothing from the developer's shell leaks in.
 */
export function runScript(script: string, args: string[], env: Record<string, string> = {}, shell = "bash"): Promise<RunResult> {
  mkdirSync(SHARED_GOCACHE, { recursive: true });
  const fullEnv = childEnv({
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? tmpdir(),
    LANG: "C.UTF-8",
    GOCACHE: SHARED_GOCACHE,
    TMPDIR: env.TMPDIR ?? tempDir("compat-check-tmp"),
    ...env,
  });
  return new Promise((resolve) => {
    execFile(shell, [script, ...args], { env: fullEnv, timeout: 110_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

export interface StepJson {
  id: string;
  title: string;
  status: "PASS" | "FAIL" | "WARN" | "SKIP";
  detail: string;
  remedy: string;
}

export interface ReportJson {
  system: string;
  target: Record<string, unknown>;
  probe: { variant: string; library: string; version: string; goarch: string };
  steps: StepJson[];
  summary: { pass: number; warn: number; fail: number; skip: number; exitCode: number };
}

export function parseReport(stdout: string): ReportJson {
  return JSON.parse(stdout) as ReportJson;
}

export function step(report: ReportJson, id: string): StepJson {
  const found = report.steps.find((s) => s.id === id);
  if (!found) throw new Error(`step ${id} not in report: ${report.steps.map((s) => s.id).join(", ")}`);
  return found;
}

function hasTool(tool: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v "$1"`, "sh", tool], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * The tools a test group needs. Missing tools skip the group locally, but in CI
 * (CI=true) the group fails with the apt packages to install — never a silent skip.
 */
export function missingTools(tools: string[]): string[] {
  return tools.filter((t) => !hasTool(t));
}

export const TOOL_PACKAGES: Record<string, string> = {
  go: "golang-go",
  shellcheck: "shellcheck",
  "qemu-aarch64-static": "qemu-user-static",
  "aarch64-linux-gnu-gcc": "gcc-aarch64-linux-gnu",
  gcc: "gcc",
  tar: "tar",
};

export function toolsMessage(missing: string[]): string {
  const packages = [...new Set(missing.map((t) => TOOL_PACKAGES[t] ?? t))].join(" ");
  return `missing tools: ${missing.join(", ")} — apt-get install -y ${packages} (and golang-github-tjfoc-gmsm-dev)`;
}

export const IN_CI = process.env.CI === "true";

export interface Requirements {
  /** true → describe.skipIf(skip): only outside CI. */
  skip: boolean;
  /** Call in beforeAll: throws the install hint in CI when something is missing. */
  assert: () => void;
}

/** Tools plus, optionally, Debian's tjfoc/gmsm 1.3.0 source in /usr/share/gocode. */
export function requirements(tools: string[], needsGocode = false): Requirements {
  const missing = missingTools(tools);
  if (needsGocode && !existsSync(join(DEBIAN_GOCODE, "src/github.com/tjfoc/gmsm/sm2"))) {
    missing.push("golang-github-tjfoc-gmsm-dev");
  }
  const message = missing.length > 0 ? toolsMessage(missing) : "";
  if (message && !IN_CI) console.warn(`skipping: ${message}`);
  return {
    skip: missing.length > 0 && !IN_CI,
    assert: () => {
      if (message) throw new Error(message);
    },
  };
}
