/**
 * The script's go.mod part: the embedded knowledge base, the --gomod verdicts in text and --json
 * on the 信创 sample (run under the emulated ARM64 setup of arm64.test.ts), and the list of the
 * packages that really use cgo when the project's source is next to its go.mod.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shippedKnowledgeBase } from "@/lib/gomod/scan";
import { generateCompatCheck } from "./generate";
import { gomodRuleLines } from "./gomod-rules";
import { BASE_PROFILE, FIXTURE_ROOTS, parseReport, removeTempDirs, requirements, runScript, step, tempDir, writeScript } from "@/tests/support/compat-check";

afterAll(removeTempDirs);
const SAMPLE = join(process.cwd(), "tests", "fixtures", "gomod", "xinchuang-sample.go.mod");

interface GomodJson {
  file: string;
  knowledgeVersion: string;
  goarch: string;
  findings: { path: string; version: string; line: number; indirect: boolean; verdict: string; message: string; source: string }[];
  cgoPackages: string[] | null;
}
const gomodOf = (stdout: string) => (JSON.parse(stdout) as { gomod: GomodJson | null }).gomod;

describe("embedded knowledge base", () => {
  it("carries every entry and kind of the shipped base, one tab-separated fact per line, with its source", () => {
    const kb = shippedKnowledgeBase();
    const lines = gomodRuleLines(kb);
    expect(lines).toHaveLength(kb.entries.reduce((n, e) => n + e.kinds.length, 0));
    for (const line of lines) {
      const fields = line.split("\t");
      expect(fields, line).toHaveLength(8);
      expect(fields.every((f) => f !== ""), line).toBe(true);
      expect(fields[7]).toMatch(/^https?:\/\//);
    }
    const script = generateCompatCheck(BASE_PROFILE).script;
    expect(script).toContain(`readonly P_GOMOD_KB_VERSION='${kb.version}'`);
    for (const e of kb.entries) expect(script).toContain(`${e.module.replace(/\/$/, "")}\t`);
  });
});

const req = requirements(["go", "qemu-aarch64-static", "aarch64-linux-gnu-gcc"], true);

describe.skipIf(req.skip)("--gomod under the emulated ARM64 setup", () => {
  beforeAll(req.assert);
  const env = {
    GO111MODULE: "off",
    CHECK_ROOT: join(FIXTURE_ROOTS, "kylin-v10-sp3-ft2000"),
    CHECK_UNAME_M: "aarch64",
    PROBE_GOARCH: "arm64",
    CGO_ENABLED: "1",
    CC: "aarch64-linux-gnu-gcc",
    PROBE_EXEC: "qemu-aarch64-static -L /usr/aarch64-linux-gnu",
  };

  it("reports the sample's findings in --json and in text", { timeout: 110_000 }, async () => {
    const script = writeScript({ ...BASE_PROFILE, cgo: true });
    const [json, text] = await Promise.all([runScript(script, ["--json", "--gomod", SAMPLE], env), runScript(script, ["--gomod", SAMPLE], env)]);
    const report = parseReport(json.stdout);
    expect(step(report, "gomod")).toMatchObject({ status: "WARN" });
    expect(step(report, "gomod").detail).toContain("按 GOARCH=arm64");
    const gomod = gomodOf(json.stdout)!;
    expect(gomod.knowledgeVersion).toBe(shippedKnowledgeBase().version);
    const verdicts = Object.fromEntries(gomod.findings.map((f) => [f.path, f.verdict]));
    expect(verdicts).toEqual({
      "github.com/klauspost/compress": "ok",
      "github.com/mattn/go-sqlite3": "needs-cgo",
      "github.com/tjfoc/gmsm": "replace",
      "google.golang.org/grpc": "unknown",
      "golang.org/x/sys": "ok",
    });
    const tjfoc = gomod.findings.find((f) => f.path === "github.com/tjfoc/gmsm")!;
    expect(tjfoc.message).toContain("github.com/emmansun/gmsm");
    expect(tjfoc.message).toContain("./third_party/gmsm");
    expect(gomod.findings.find((f) => f.path === "golang.org/x/sys")).toMatchObject({ line: 13, indirect: true });
    // No Go source beside the fixture: the cgo listing is skipped, not failed.
    expect(step(report, "gomod.cgo").status).toBe("SKIP");
    // The rest of the ARM64 run is unaffected.
    expect(step(report, "sm2").status).toBe("PASS");
    expect(text.stdout).toMatch(/^\[WARN\] go\.mod 模块就绪度：/m);
    expect(text.stdout).toContain("- [需要 cgo] github.com/mattn/go-sqlite3 v1.14.16（go.mod 第 8 行）");
    expect(text.stdout).toContain("- [建议替换] github.com/tjfoc/gmsm v1.4.1（go.mod 第 9 行）");
  });

  it("judges per target architecture: loong64 leaves the old x/sys unverified", { timeout: 110_000 }, async () => {
    const script = writeScript({ ...BASE_PROFILE, cpu: "loongson", crypto: "none" });
    const run = await runScript(script, ["--json", "--gomod", SAMPLE], { GO111MODULE: "off" });
    const x = gomodOf(run.stdout)!.findings.find((f) => f.path === "golang.org/x/sys")!;
    expect(x.verdict).toBe("unknown");
    expect(x.message).toContain("GOARCH=loong64");
  });
});

const goReq = requirements(["go", "gcc"]);

describe.skipIf(goReq.skip)("packages that really use cgo", () => {
  beforeAll(goReq.assert);

  it("lists them with go list when the source is there; warns when the profile has CGO off", { timeout: 110_000 }, async () => {
    const dir = tempDir("compat-check-cgo-project");
    writeFileSync(join(dir, "go.mod"), "module example.com/cgoapp\n\ngo 1.19\n");
    writeFileSync(join(dir, "main.go"), 'package main\n\n// int two(void) { return 2; }\nimport "C"\n\nfunc main() { _ = C.two() }\n');
    writeFileSync(join(dir, "pure.go"), "package main\n\nvar _ = 1\n");
    const noDeps = join(tempDir("compat-check-nodeps"), "go.mod");
    copyFileSync(SAMPLE, noDeps);
    const script = writeScript({ ...BASE_PROFILE, os: "uos-20", cpu: "hygon", crypto: "none", cgo: false });
    const run = await runScript(script, ["--json", "--gomod", join(dir, "go.mod")], { GOFLAGS: "-mod=mod", GOPROXY: "off" });
    const report = parseReport(run.stdout);
    expect(step(report, "gomod.cgo")).toMatchObject({ status: "WARN" });
    expect(step(report, "gomod.cgo").detail).toContain("example.com/cgoapp");
    expect(step(report, "gomod.cgo").remedy).toContain("CGO_ENABLED=1");
    // -deps includes the standard library's own cgo package.
    expect(gomodOf(run.stdout)!.cgoPackages).toEqual(expect.arrayContaining(["example.com/cgoapp", "runtime/cgo"]));
    // A go.mod without requirements is said to be unreadable for the scan, not failed.
    expect(step(report, "gomod").status).toBe("WARN");
  });
});
