/** The decision path's go.mod step and its effects on the recommendation. */
import { describe, expect, it } from "vitest";
import { evaluateResponseSchema, type EvaluateRequest } from "@/lib/validations/evaluate";
import { BENCH_REQUEST_FACTS } from "@/tests/support/evaluate-requests";
import { loadReference } from "@/tests/support/reference-data";
import { sampleScan, storedScanOf } from "@/tests/support/gomod-scans";
import { evaluate } from "./evaluate";
import { gomodStep, GOMOD_RULE } from "./gomod";

const reference = loadReference();
const PURE = storedScanOf("module example.com/pure\n\ngo 1.22\n\nrequire github.com/emmansun/gmsm v0.29.5\n", { cpu: "phytium" });

const withScan = (scan = sampleScan(), scenario: Partial<EvaluateRequest["scenario"]> = {}, cpu: "phytium" | "loongson" = "phytium"): EvaluateRequest => ({
  ...BENCH_REQUEST_FACTS,
  facts: { ...BENCH_REQUEST_FACTS.facts, xinchuang: { os: "kylin-v10", database: "dm8", cpu } },
  scenario: { ...BENCH_REQUEST_FACTS.scenario, ...scenario },
  gomodScan: scan,
});

describe("go.mod step in the decision path", () => {
  it("adds the step between the architecture and the knowledge cards, with its rule, inputs and outputs", () => {
    const result = evaluate(withScan(), reference);
    expect(evaluateResponseSchema.safeParse(result).success).toBe(true);
    const nodes = result.trace.map((s) => s.node);
    expect(nodes.indexOf("gomod")).toBe(nodes.indexOf("architecture") + 1);
    expect(nodes.indexOf("knowledge")).toBe(nodes.indexOf("gomod") + 1);
    const step = result.trace.find((s) => s.node === "gomod")!;
    expect(step).toMatchObject({ title: "go.mod 模块扫描", rule: GOMOD_RULE });
    expect(step.rule).toContain("CGO_ENABLED=1");
    expect(step.rule).toContain("loong64 ≥ 1.19");
    expect(step.inputs).toMatchObject({ goModule: "example.com/tianjin/payment-gateway", goDirective: "1.18", scanArch: "arm64" });
    expect(step.outputs).toMatchObject({ cgoModules: ["github.com/mattn/go-sqlite3"], cgo: true, smProbe: "github.com/tjfoc/gmsm v1.4.1" });
    expect(step.seedSection).toMatch(/^go\.mod 知识库 \d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it("no scan, no step: the trace is as before", () => {
    expect(evaluate(BENCH_REQUEST_FACTS, reference).trace.some((s) => s.node === "gomod")).toBe(false);
  });

  it("cgo modules override an answer of no CGO, with a warning, and bring the scheduler card (Go ≥ 1.22)", () => {
    const result = evaluate(withScan(sampleScan(), { cgo: false, goVersion: "1.22" }), reference);
    const warning = result.warnings.find((w) => w.code === "GOMOD_CGO_REQUIRED");
    expect(warning?.message).toContain("github.com/mattn/go-sqlite3");
    expect(warning?.message).toContain("CGO_ENABLED=1");
    const scheduler = result.knowledgeCards.find((c) => c.card.id === "go122-scheduler");
    expect(scheduler?.reason).toContain("go.mod 中 github.com/mattn/go-sqlite3 需要 cgo");
    expect(result.trace.find((s) => s.node === "knowledge")!.inputs.cgo).toBe(true);
    expect(result.trace.find((s) => s.node === "gomod")!.outputs.cgoOverridden).toBe(true);
  });

  it("an answer of CGO on is confirmed without a warning; a pure-Go go.mod keeps the answer", () => {
    expect(evaluate(withScan(sampleScan(), { cgo: true }), reference).warnings.map((w) => w.code)).not.toContain("GOMOD_CGO_REQUIRED");
    const pure = evaluate(withScan(PURE, { cgo: false, goVersion: "1.22" }), reference);
    expect(pure.knowledgeCards.some((c) => c.card.id === "go122-scheduler")).toBe(false);
    expect(pure.trace.find((s) => s.node === "gomod")!.outputs.cgo).toBe(false);
  });

  it("go directive below the floor: warned against the architecture floor, and raised to 1.19 for loong64", () => {
    const phytium = evaluate(withScan(), reference);
    const floor = phytium.trace.find((s) => s.node === "architecture")!.outputs.goFloor as string;
    expect(phytium.warnings.find((w) => w.code === "GOMOD_GO_BELOW_FLOOR")?.message).toContain(`go 指令 1.18 低于 Go 版本下限 ${floor}`);
    const loong = gomodStep(sampleScan({ cpu: "loongson" }), true, "1.19", "loongson");
    expect(loong.warnings.find((w) => w.code === "GOMOD_GO_BELOW_FLOOR")?.message).toContain("GOARCH=loong64 需要 Go ≥ 1.19");
    expect(gomodStep(PURE, true, "1.19", "loongson").warnings.map((w) => w.code)).not.toContain("GOMOD_GO_BELOW_FLOOR");
    expect(gomodStep({ ...PURE, goDirective: null }, true, "1.22", "phytium").step.outputs.goDirectiveMeetsFloor).toBeNull();
  });

  it("tjfoc (even as a local copy) is unmaintained: warned with emmansun/gmsm and gotlcp; the probe is tjfoc at the go.mod version", () => {
    const result = evaluate(withScan(), reference);
    const warning = result.warnings.find((w) => w.code === "GOMOD_SM_UNMAINTAINED")!;
    expect(warning.message).toContain("github.com/tjfoc/gmsm v1.4.1（本地副本 ./third_party/gmsm）");
    expect(warning.message).toContain("github.com/emmansun/gmsm");
    expect(warning.message).toContain("gotlcp");
    expect(result.trace.find((s) => s.node === "gomod")!.outputs.smAlternative).toBe("github.com/emmansun/gmsm");
    expect(gomodStep(PURE, true, "1.21", "phytium").step.outputs.smProbe).toBe("github.com/emmansun/gmsm v0.29.5");
    expect(gomodStep(PURE, true, "1.21", "phytium").warnings.map((w) => w.code)).not.toContain("GOMOD_SM_UNMAINTAINED");
  });

  it("modules to upgrade or replace are listed; a scan for another GOARCH is flagged", () => {
    const codes = evaluate(withScan(), reference).warnings.map((w) => w.code);
    expect(codes).toContain("GOMOD_MODULES_TO_FIX");
    const mismatch = evaluate(withScan(sampleScan({ cpu: "phytium" }), {}, "loongson"), reference);
    expect(mismatch.warnings.find((w) => w.code === "GOMOD_TARGET_MISMATCH")?.message).toContain("GOARCH=arm64");
    expect(evaluate(withScan(), reference).warnings.map((w) => w.code)).not.toContain("GOMOD_TARGET_MISMATCH");
  });
});
