/**
 * Runs generated scripts for real on this (x86_64) machine: real Go 1.19 in GOPATH mode
 * against Debian's tjfoc/gmsm 1.3.0, fixture roots via CHECK_ROOT, hostile input.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { arch } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompatCheckProfileInput } from "@/lib/validations/compat-check";
import {
  BASE_PROFILE,
  DEBIAN_GOCODE,
  EMMANSUN_STUB_GOPATH,
  FIXTURE_ROOTS,
  parseReport,
  requirements,
  runScript,
  step,
  removeTempDirs,
  tempDir,
  writeScript,
} from "@/tests/support/compat-check";

const GOPATH_MODE = { GO111MODULE: "off" };
const req = requirements(["go", "gcc"], true);
afterAll(removeTempDirs);

function statuses(stdout: string): Record<string, string> {
  return Object.fromEntries(parseReport(stdout).steps.map((s) => [s.id, s.status]));
}

describe.skipIf(req.skip || arch() !== "x64")("on this x86_64 machine, real /", () => {
  beforeAll(req.assert);

  it("fails the architecture for a Phytium target with a remedy, exit 1, valid --json", { timeout: 110_000 }, async () => {
    const script = writeScript({ ...BASE_PROFILE, cgo: true });
    const json = await runScript(script, ["--json"], GOPATH_MODE);
    expect(json.code).toBe(1);
    const report = parseReport(json.stdout);
    expect(step(report, "cpu")).toMatchObject({ status: "FAIL" });
    expect(step(report, "cpu").detail).toContain("x86_64");
    expect(step(report, "cpu").remedy).toContain("PROBE_GOARCH=arm64 PROBE_EXEC=qemu-aarch64-static CHECK_UNAME_M=aarch64");
    expect(step(report, "go.env")).toMatchObject({ status: "FAIL" });
    expect(step(report, "go.env").remedy).toContain("GOARCH=arm64");
    // The toolchain itself works here: the probe is built and SM2/SM3/SM4 pass natively.
    expect(report.probe).toMatchObject({ variant: "tjfoc_legacy", library: "github.com/tjfoc/gmsm", goarch: "amd64" });
    for (const id of ["go.version", "go.modules", "cc", "sm.library", "probe.build", "probe.run", "cgo", "sm2", "sm3", "sm4", "tls"]) {
      expect(step(report, id).status, id).toBe("PASS");
    }
    expect(report.summary).toMatchObject({ exitCode: 1 });

    const human = await runScript(script, [], GOPATH_MODE);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/^\[FAIL\] CPU 架构与型号：uname -m 为 x86_64/m);
    expect(human.stdout).toMatch(/修复建议：请在目标机上运行本脚本/);
    expect(human.stdout).toMatch(/^汇总：通过 \d+ · 警告 \d+ · 失败 \d+ · 跳过 \d+ —— 未通过.*（退出码 1）$/m);
  });
});

describe.skipIf(req.skip)("hostile input never executes", () => {
  beforeAll(req.assert);

  it("runs with hostile system names: nothing created, summary printed, JSON intact", { timeout: 110_000 }, async () => {
    const marker = `/tmp/xp${process.pid % 10_000}`;
    rmSync(marker, { force: true });
    const names = [
      `$(touch ${marker}) \`touch ${marker}\` 和平区`,
      `';touch ${marker};' ";touch ${marker};" 一网通办`,
      `\\ {1} & | ; rm -rf ~ $HOME $'x' 二期`,
    ];
    await Promise.all(
      names.map(async (systemName) => {
        const script = writeScript({ ...BASE_PROFILE, systemName, crypto: "none" });
        const human = await runScript(script, [], GOPATH_MODE);
        expect(human.stdout).toContain(`系统：${systemName}`);
        expect(human.stdout).toMatch(/^汇总：/m);
        const json = await runScript(script, ["--json"], GOPATH_MODE);
        expect(parseReport(json.stdout).system).toBe(systemName);
      }),
    );
    expect(existsSync(marker)).toBe(false);
  });

  it("reads a hostile os-release and cpuinfo as text", { timeout: 110_000 }, async () => {
    const marker = "/tmp/xc-pwned-osrelease"; // named inside the committed fixture
    rmSync(marker, { force: true });
    const script = writeScript({ ...BASE_PROFILE, crypto: "none" });
    const result = await runScript(script, ["--json"], {
      ...GOPATH_MODE,
      CHECK_ROOT: join(FIXTURE_ROOTS, "hostile-kylin"),
      CHECK_UNAME_M: "aarch64",
    });
    const report = parseReport(result.stdout);
    expect(step(report, "os").detail).toContain('Kylin V10 \\"SP3\\" $(touch /tmp/xc-pwned-osrelease); rm -rf / & echo {1} {2}');
    expect(step(report, "cpu").status).toBe("PASS");
    expect(existsSync(marker)).toBe(false);
  });

  it("refuses bad arguments and environment with exit 2, and plain sh with exit 2", async () => {
    const script = writeScript(BASE_PROFILE);
    expect((await runScript(script, ["--bogus"])).code).toBe(2);
    const jsonError = await runScript(script, ["--bogus", "--json"]);
    expect(jsonError.code).toBe(2);
    expect(JSON.parse(jsonError.stdout)).toMatchObject({ error: "不认识的参数：--bogus", summary: { exitCode: 2 } });
    expect((await runScript(script, [], { GMSM_LIB: "$(id)" })).code).toBe(2);
    expect((await runScript(script, [], { PROBE_GOARCH: "arm64; id" })).code).toBe(2);
    expect((await runScript(script, [], { CHECK_ROOT: "/nonexistent" })).code).toBe(2);
    expect((await runScript(script, [], { PROBE_EXEC: "no-such-runner --flag" })).code).toBe(2);
    const sh = await runScript(script, [], {}, "sh");
    expect(sh.code).toBe(2);
    expect(sh.stderr).toContain("bash");
    const help = await runScript(script, ["--help"]);
    expect(help.code).toBe(0);
    for (const word of ["CHECK_ROOT", "CHECK_UNAME_M", "PROBE_EXEC", "PROBE_GOARCH", "GMSM_LIB", "GO111MODULE=off", "--json"]) {
      expect(help.stdout).toContain(word);
    }
  });
});

interface FixtureCase {
  root: string;
  unameM: string;
  profile: Partial<CompatCheckProfileInput>;
  expect: Record<string, string>;
}

const FIXTURE_CASES: FixtureCase[] = [
  { root: "kylin-v10-sp3-ft2000", unameM: "aarch64", profile: {}, expect: { os: "PASS", cpu: "PASS" } },
  { root: "kylin-v10-sp2-kunpeng920", unameM: "aarch64", profile: { os: "kylin-v10-sp2", cpu: "kunpeng" }, expect: { os: "PASS", cpu: "PASS" } },
  { root: "openeuler-2203-kunpeng920", unameM: "aarch64", profile: { os: "openeuler-22.03", cpu: "kunpeng" }, expect: { os: "PASS", cpu: "PASS" } },
  { root: "openeuler-2203-kunpeng920", unameM: "aarch64", profile: { os: "openeuler-20.03", cpu: "kunpeng" }, expect: { os: "PASS" } },
  { root: "uos-20-hygon", unameM: "x86_64", profile: { os: "uos-20", cpu: "hygon" }, expect: { os: "PASS", cpu: "PASS" } },
  { root: "kylin-v10-sp1-loongson3a5000", unameM: "loongarch64", profile: { os: "kylin-v10-sp1", cpu: "loongson" }, expect: { os: "PASS", cpu: "PASS" } },
  // Mismatches: older service pack, wrong CPU family, wrong OS.
  { root: "kylin-v10-sp2-kunpeng920", unameM: "aarch64", profile: { cpu: "kunpeng" }, expect: { os: "FAIL", cpu: "PASS" } },
  { root: "kylin-v10-sp3-ft2000", unameM: "aarch64", profile: { cpu: "kunpeng" }, expect: { cpu: "FAIL" } },
  { root: "uos-20-hygon", unameM: "x86_64", profile: { os: "openeuler-22.03", cpu: "hygon" }, expect: { os: "FAIL", cpu: "PASS" } },
];

describe.skipIf(req.skip)("fixture roots (CHECK_ROOT + CHECK_UNAME_M)", () => {
  beforeAll(req.assert);

  it("identifies each OS / CPU and reports mismatches", { timeout: 110_000 }, async () => {
    const results = await Promise.all(
      FIXTURE_CASES.map(async (c) => {
        const script = writeScript({ ...BASE_PROFILE, crypto: "none", ...c.profile });
        const run = await runScript(script, ["--json"], { ...GOPATH_MODE, CHECK_ROOT: join(FIXTURE_ROOTS, c.root), CHECK_UNAME_M: c.unameM });
        return { c, got: statuses(run.stdout) };
      }),
    );
    for (const { c, got } of results) {
      for (const [id, status] of Object.entries(c.expect)) expect(`${c.root} ${JSON.stringify(c.profile)} ${id}=${got[id]}`).toBe(`${c.root} ${JSON.stringify(c.profile)} ${id}=${status}`);
    }
  });

  it("passes everything natively for UOS 20 on Hygon with SM, TLS 1.3, CGO and a 45 MB limit", { timeout: 110_000 }, async () => {
    const tmp = tempDir("compat-check-tmpdir");
    const script = writeScript({ ...BASE_PROFILE, os: "uos-20", cpu: "hygon", cgo: true, memoryLimitMb: 45 });
    const run = await runScript(script, ["--json"], { ...GOPATH_MODE, CHECK_ROOT: join(FIXTURE_ROOTS, "uos-20-hygon"), CHECK_UNAME_M: "x86_64", TMPDIR: tmp });
    const report = parseReport(run.stdout);
    expect(run.code).toBe(0);
    expect(report.steps.filter((s) => s.status === "FAIL")).toEqual([]);
    expect(step(report, "gmssl").status).toBe("WARN"); // no GmSSL in the fixture: advice only
    for (const id of ["sm2", "sm3", "sm4", "tls", "cgo", "size", "memory"]) expect(step(report, id).status, id).toBe("PASS");
    expect(step(report, "memory").detail).toMatch(/不超过上限 45 MB/);
    // Everything it wrote lived in one mktemp -d directory, now gone.
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe.skipIf(req.skip)("SM library detection", () => {
  beforeAll(req.assert);
  const uosHygon = { CHECK_ROOT: join(FIXTURE_ROOTS, "uos-20-hygon"), CHECK_UNAME_M: "x86_64", ...GOPATH_MODE };
  const profile = { ...BASE_PROFILE, os: "uos-20", cpu: "hygon", crypto: "sm-tlcp" } as const;

  it("builds the emmansun variant when GMSM_LIB=emmansun finds it in GOPATH", { timeout: 110_000 }, async () => {
    const run = await runScript(writeScript(profile), ["--json"], { ...uosHygon, GMSM_LIB: "emmansun", GOPATH: `${EMMANSUN_STUB_GOPATH}:${DEBIAN_GOCODE}` });
    const report = parseReport(run.stdout);
    expect(report.probe).toMatchObject({ variant: "emmansun", library: "github.com/emmansun/gmsm" });
    expect(step(report, "sm2").status).toBe("PASS");
    expect(step(report, "tls").status).toBe("SKIP"); // TLCP: algorithm level only, with a remedy
    expect(step(report, "tls").remedy).toContain("gotlcp");
  });

  it("builds the tjfoc 1.4 variant when the GOPATH copy has GenerateKey(io.Reader)", { timeout: 110_000 }, async () => {
    const gopath = tempDir("compat-check-tjfoc14");
    const sm2 = join(gopath, "src/github.com/tjfoc/gmsm/sm2");
    cpSync(join(DEBIAN_GOCODE, "src/github.com/tjfoc/gmsm"), join(gopath, "src/github.com/tjfoc/gmsm"), { recursive: true });
    // Rename the 1.3 entry points and add 1.4's signatures on top of them.
    for (const file of readdirSync(sm2)) {
      if (file.endsWith("_test.go")) rmSync(join(sm2, file));
      else if (file.endsWith(".go")) {
        const text = readFileSync(join(sm2, file), "utf8");
        writeFileSync(join(sm2, file), text.replace(/\bSm2Sign\(/g, "sm2Sign13(").replace(/\bGenerateKey\(\)/g, "generateKey13()"));
      }
    }
    writeFileSync(
      join(sm2, "api14.go"),
      'package sm2\n\nimport (\n\t"io"\n\t"math/big"\n)\n\nfunc GenerateKey(random io.Reader) (*PrivateKey, error) { return generateKey13() }\n\n' +
        "func Sm2Sign(priv *PrivateKey, msg, uid []byte, random io.Reader) (r, s *big.Int, err error) {\n\treturn sm2Sign13(priv, msg, uid)\n}\n",
    );
    const run = await runScript(writeScript(profile), ["--json"], { ...uosHygon, GOPATH: `${gopath}:${DEBIAN_GOCODE}` });
    const report = parseReport(run.stdout);
    expect(report.probe).toMatchObject({ variant: "tjfoc", library: "github.com/tjfoc/gmsm", version: "GOPATH" });
    expect(step(report, "sm2").status).toBe("PASS");
  });
});
