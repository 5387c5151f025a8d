/**
 * Emulated ARM64 proof on an x86 host, without binfmt_misc: cross-build the generated probe
 * for linux/arm64 in GOPATH mode against Debian's tjfoc/gmsm 1.3.0 and run it explicitly
 * under qemu-aarch64-static — pure Go, then CGO with aarch64-linux-gnu-gcc — and finally
 * the whole script against the Kylin V10 SP3 / FT-2000/4 fixture root.
 */
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCompatCheck } from "./generate";
import {
  BASE_PROFILE,
  childEnv,
  DEBIAN_GOCODE,
  FIXTURE_ROOTS,
  parseReport,
  requirements,
  runScript,
  SHARED_GOCACHE,
  step,
  removeTempDirs,
  tempDir,
  writeScript,
} from "@/tests/support/compat-check";

const SYSROOT = "/usr/aarch64-linux-gnu";
const req = requirements(["go", "qemu-aarch64-static", "aarch64-linux-gnu-gcc"], true);
afterAll(removeTempDirs);

function run(cmd: string, args: string[], env: Record<string, string>, cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, env: childEnv({ PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env }), timeout: 110_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: String(stdout), stderr: String(stderr) }),
    );
  });
}

/** Writes the probe exactly as generated: main.go + the tjfoc ≤ 1.3 variant (+ cgo.go). */
function probeDir(cgo: boolean): string {
  const dir = tempDir("compat-check-probe");
  const { files } = generateCompatCheck({ ...BASE_PROFILE, crypto: "sm-tlcp", cgo });
  const wanted = ["probe/main.go", "probe/sm_tjfoc_legacy.go", ...(cgo ? ["probe/cgo.go"] : [])];
  for (const f of files.filter((f) => wanted.includes(f.path))) writeFileSync(join(dir, f.path.slice("probe/".length)), f.content);
  return dir;
}

async function crossBuild(cgo: boolean): Promise<string> {
  const dir = probeDir(cgo);
  mkdirSync(SHARED_GOCACHE, { recursive: true });
  const env = {
    GO111MODULE: "off",
    GOPATH: DEBIAN_GOCODE,
    GOCACHE: SHARED_GOCACHE,
    GOOS: "linux",
    GOARCH: "arm64",
    CGO_ENABLED: cgo ? "1" : "0",
    ...(cgo ? { CC: "aarch64-linux-gnu-gcc" } : {}),
  };
  const build = await run("go", ["build", "-tags", "gmsm_tjfoc_legacy", "-o", "xcprobe", "."], env, dir);
  expect(build.stderr).toBe("");
  expect(build.code).toBe(0);
  return join(dir, "xcprobe");
}

function checks(stdout: string): Record<string, string> {
  return Object.fromEntries(stdout.split("\n").filter((l) => l.startsWith("CHECK\t")).map((l) => l.split("\t").slice(1, 3) as [string, string]));
}

describe.skipIf(req.skip)("ARM64 under qemu-aarch64-static", () => {
  beforeAll(req.assert);

  it("cross-built pure-Go probe signs and verifies SM2 and passes SM3/SM4", { timeout: 110_000 }, async () => {
    const binary = await crossBuild(false);
    const result = await run("qemu-aarch64-static", [binary], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("META\tgoarch\tarm64");
    expect(result.stdout).toContain("META\tsm_api\ttjfoc-1.3 GenerateKey()");
    expect(checks(result.stdout)).toEqual({ sm2: "PASS", sm3: "PASS", sm4: "PASS" });
  });

  it("CGO probe built with aarch64-linux-gnu-gcc runs with the aarch64 sysroot", { timeout: 110_000 }, async () => {
    const binary = await crossBuild(true);
    const result = await run("qemu-aarch64-static", ["-L", SYSROOT, binary], {});
    expect(result.code).toBe(0);
    expect(checks(result.stdout)).toEqual({ sm2: "PASS", sm3: "PASS", sm4: "PASS", cgo: "PASS" });
  });

  it("full script on the Kylin V10 SP3 / FT-2000/4 fixture: OS, CPU and SM2 pass", { timeout: 110_000 }, async () => {
    const script = writeScript({ ...BASE_PROFILE, cgo: true, memoryLimitMb: 45 });
    const result = await runScript(script, ["--json"], {
      GO111MODULE: "off",
      CHECK_ROOT: join(FIXTURE_ROOTS, "kylin-v10-sp3-ft2000"),
      CHECK_UNAME_M: "aarch64",
      PROBE_GOARCH: "arm64",
      CGO_ENABLED: "1",
      CC: "aarch64-linux-gnu-gcc",
      PROBE_EXEC: `qemu-aarch64-static -L ${SYSROOT}`,
    });
    const report = parseReport(result.stdout);
    expect(step(report, "os")).toMatchObject({ status: "PASS" });
    expect(step(report, "os").detail).toContain("SP3");
    expect(step(report, "cpu")).toMatchObject({ status: "PASS" });
    expect(step(report, "go.env").detail).toContain("GOARCH=arm64 CGO_ENABLED=1");
    expect(report.probe).toMatchObject({ variant: "tjfoc_legacy", goarch: "arm64" });
    for (const id of ["probe.build", "probe.run", "cgo", "sm2", "sm3", "sm4", "tls", "size"]) expect(step(report, id).status, id).toBe("PASS");
    // Under an emulator the RSS includes qemu itself: PASS or an advisory WARN, never FAIL.
    expect(["PASS", "WARN"]).toContain(step(report, "memory").status);
    expect(report.summary.fail).toBe(0);
    expect(result.code).toBe(0);
  });
});
