/**
 * Module mode, offline: an intranet-style GOPROXY served from file:// (built from Debian's
 * tjfoc/gmsm 1.3.0 and x/crypto sources), with GONOSUMDB for the private checksum policy.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFileGoproxy } from "@/tests/support/goproxy";
import {
  BASE_PROFILE,
  DEBIAN_GOCODE,
  FIXTURE_ROOTS,
  parseReport,
  removeTempDirs,
  requirements,
  runScript,
  step,
  tempDir,
  writeScript,
} from "@/tests/support/compat-check";

const req = requirements(["go"], true);
afterAll(removeTempDirs);

const TJFOC = join(DEBIAN_GOCODE, "src/github.com/tjfoc/gmsm");
const XCRYPTO_VERSION = "v0.0.0-20191219195013-becbf705a915"; // what tjfoc 1.3.0's go.mod requires
const tjfocMod = (go: string) => `module github.com/tjfoc/gmsm\n\ngo ${go}\n\nrequire golang.org/x/crypto ${XCRYPTO_VERSION}\n`;

describe.skipIf(req.skip)("module mode through a file:// GOPROXY", () => {
  let proxy = "";
  beforeAll(() => {
    req.assert();
    proxy = buildFileGoproxy(tempDir("compat-check-goproxy"), [
      { path: "github.com/tjfoc/gmsm", version: "v1.3.0", sourceDir: TJFOC, goMod: tjfocMod("1.12") },
      // Same code, but claiming a Go newer than any installed: must be caught before building.
      { path: "github.com/tjfoc/gmsm", version: "v1.3.1", sourceDir: TJFOC, goMod: tjfocMod("1.99") },
      {
        path: "golang.org/x/crypto",
        version: XCRYPTO_VERSION,
        sourceDir: join(DEBIAN_GOCODE, "src/golang.org/x/crypto"),
        goMod: "module golang.org/x/crypto\n\ngo 1.11\n",
      },
    ]);
  });

  const env = () => ({
    GO111MODULE: "on",
    GOPROXY: proxy,
    GONOSUMDB: "github.com/tjfoc,golang.org/x",
    GOFLAGS: "-mod=mod",
    CHECK_ROOT: join(FIXTURE_ROOTS, "uos-20-hygon"),
    CHECK_UNAME_M: "x86_64",
  });
  const profile = { ...BASE_PROFILE, os: "uos-20", cpu: "hygon" } as const;

  it("downloads the version a project's go.mod requires, picks the variant from its source, cleans up", { timeout: 110_000 }, async () => {
    const project = join(tempDir("compat-check-project"), "go.mod");
    writeFileSync(project, "module example.com/gov\n\ngo 1.19\n\nrequire (\n\tgithub.com/tjfoc/gmsm v1.3.0\n)\n");
    const tmp = tempDir("compat-check-tmpdir");
    const run = await runScript(writeScript(profile), ["--json", "--gomod", project], { ...env(), TMPDIR: tmp });
    const report = parseReport(run.stdout);
    expect(step(report, "go.modules").detail).toContain(`GOPROXY=${proxy} GOFLAGS=-mod=mod GONOSUMDB=github.com/tjfoc,golang.org/x`);
    expect(step(report, "sm.library")).toMatchObject({ status: "PASS" });
    expect(step(report, "sm.library").detail).toContain("go.mod 中的 require");
    expect(report.probe).toMatchObject({ variant: "tjfoc_legacy", version: "v1.3.0" });
    for (const id of ["probe.build", "sm2", "sm3", "sm4", "tls"]) expect(step(report, id).status, id).toBe("PASS");
    expect(run.code).toBe(0);
    // The read-only module cache lived in the mktemp directory and is gone too.
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("fails a library release whose go directive is newer than the local Go", { timeout: 110_000 }, async () => {
    const run = await runScript(writeScript(profile), ["--json"], { ...env(), GMSM_VERSION: "v1.3.1" });
    const report = parseReport(run.stdout);
    expect(step(report, "sm.library")).toMatchObject({ status: "FAIL" });
    expect(step(report, "sm.library").detail).toContain("github.com/tjfoc/gmsm@v1.3.1 要求 Go 1.99");
    expect(step(report, "sm.library").remedy).toContain("GMSM_VERSION");
    expect(run.code).toBe(1);
  });

  it("without a reachable proxy, fails the download with an air-gap remedy", { timeout: 110_000 }, async () => {
    const run = await runScript(writeScript(profile), ["--json"], { ...env(), GOPROXY: "off" });
    const report = parseReport(run.stdout);
    expect(run.code).toBe(1);
    expect(step(report, "sm.library")).toMatchObject({ status: "FAIL" });
    expect(step(report, "sm.library").detail).toContain("github.com/tjfoc/gmsm@v1.4.1");
    expect(step(report, "sm.library").remedy).toContain("GO111MODULE=off");
    expect(step(report, "probe.build").status).toBe("SKIP");
  });
});
