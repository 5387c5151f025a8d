/**
 * POST /api/v1/gomod-scan: a go.mod of 1 MiB is read (the route's own body limit), a malformed
 * one is a 422 with the line-numbered problems, every other bad input a specific 400/413/415 —
 * never a 500 — and the answer is the scan with its knowledge-base version and the stored form.
 */
import { describe, expect, it, vi } from "vitest";
import { storedGoModScanSchema } from "@/lib/gomod/scan";
import { fixture } from "@/tests/support/gomod";
import { hugePost } from "@/tests/support/huge-body";

vi.mock("server-only", () => ({}));

const route = await import("@/app/api/v1/gomod-scan/route");
const URL_ = "http://test.local/api/v1/gomod-scan";

const post = (body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) =>
  route.POST(new Request(URL_, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) }), undefined);

describe("POST /api/v1/gomod-scan", () => {
  it("scans the 信创 sample for a Loongson target: findings, effects, knowledge version, stored form", async () => {
    const response = await post({ gomod: fixture("xinchuang-sample.go.mod"), target: { cpu: "loongson" } });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.knowledgeVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(body.target).toEqual({ arch: "loong64", goFloor: "1.19", cpu: "loongson" });
    const byPath = Object.fromEntries(body.findings.map((f: { path: string; verdict: string }) => [f.path, f.verdict]));
    expect(byPath).toMatchObject({ "github.com/mattn/go-sqlite3": "needs-cgo", "github.com/tjfoc/gmsm": "replace", "golang.org/x/sys": "unknown" });
    expect(body.effects.cgoRequired.required).toBe(true);
    expect(body.effects.smLibrary.probe).toEqual({ library: "tjfoc", module: "github.com/tjfoc/gmsm", version: "v1.4.1" });
    expect(body.effects.goDirective).toMatchObject({ directive: "1.18", floor: "1.19", meetsFloor: false });
    const stored = storedGoModScanSchema.parse(body.stored);
    expect(stored.knowledgeVersion).toBe(body.knowledgeVersion);
    expect(stored.findings.find((f) => f.path === "github.com/mattn/go-sqlite3")?.sources[0]).toMatch(/^https:\/\//);
  });

  it("derives the floor from the CPU like the engine: an arm64 CPU keeps the given floor, loong64 raises it", async () => {
    const gomod = "module example.com/a\n\ngo 1.21\n";
    expect((await (await post({ gomod, target: { cpu: "phytium", goFloor: "1.20" } })).json()).target).toMatchObject({ arch: "arm64", goFloor: "1.20" });
    expect((await (await post({ gomod, target: { arch: "loong64", goFloor: "1.18" } })).json()).target).toMatchObject({ arch: "loong64", goFloor: "1.19" });
    expect((await (await post({ gomod, target: { arch: "amd64" } })).json()).target).toMatchObject({ arch: "amd64", goFloor: "1.18" });
  });

  it("adds modules go.sum shows compiled but go.mod does not name", async () => {
    const gomod = "module example.com/a\n\ngo 1.16\n\nrequire github.com/gin-gonic/gin v1.9.1\n";
    const body = await (await post({ gomod, gosum: fixture("gin.go.sum"), target: { cpu: "kunpeng" } })).json();
    expect(body.extra.goSum).toBeGreaterThan(0);
    expect(body.findings.some((f: { line: number }) => f.line === 0)).toBe(true);
  });

  it("accepts a 1 MiB go.mod (beyond the 64 KB default body limit)", async () => {
    // Long lines: the readers also cap a file at 20 000 lines.
    const line = `// ${"padding ".repeat(30)}\n`;
    let gomod = "module example.com/big\n\ngo 1.21\n";
    while (gomod.length + line.length <= 1024 * 1024 - 64) gomod += line;
    expect(gomod.length).toBeGreaterThan(1000 * 1024);
    const response = await post({ gomod, target: { cpu: "phytium" } });
    expect(response.status).toBe(200);
  });

  it("answers a malformed go.mod with 422 and line-numbered problems", async () => {
    const response = await post({ gomod: "module example.com/a\n\nrequire github.com/x/y 1.2.3\nbogus directive\n", target: { cpu: "phytium" } });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = await response.json();
    expect(body.code).toBe("gomod-invalid");
    expect(body.file).toBe("go.mod");
    expect(body.problems.map((p: { line: number }) => p.line)).toEqual([3, 4]);
    expect(body.errors[0]).toMatchObject({ path: "gomod", message: expect.stringContaining("第 3 行") });
  });

  it("answers what the scanner's bounds refuse (a 400-character module path) with 422, not a 500", async () => {
    const long = `example.com/${"a".repeat(400)}`;
    const response = await post({ gomod: `module example.com/a\n\ngo 1.21\n\nrequire ${long} v1.0.0\n`, target: { cpu: "phytium" } });
    expect(response.status).toBe(422);
    expect((await response.json()).code).toBe("gomod-invalid");
  });

  it("names a malformed go.sum as such", async () => {
    const response = await post({ gomod: "module example.com/a\n", gosum: "github.com/x/y v1.0.0\n", target: { cpu: "phytium" } });
    expect(response.status).toBe(422);
    expect((await response.json()).file).toBe("go.sum");
  });

  it.each([
    ["no go.mod", { target: { cpu: "phytium" } }, "gomod"],
    ["go.mod not text", { gomod: 3, target: { cpu: "phytium" } }, "gomod"],
    ["no target", { gomod: "module a\n" }, "target"],
    ["unknown CPU", { gomod: "module a\n", target: { cpu: "sparc" } }, "target"],
    ["both cpu and arch", { gomod: "module a\n", target: { cpu: "phytium", arch: "arm64" } }, "target"],
    ["a floor out of range", { gomod: "module a\n", target: { cpu: "phytium", goFloor: "1.9" } }, "target"],
    ["an unknown field", { gomod: "module a\n", target: { cpu: "phytium" }, extra: 1 }, ""],
    ["not an object", [1, 2], ""],
  ])("refuses %s with 400 and the field", async (_, body, path) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem.code).toBe("invalid-input");
    expect(problem.errors.some((e: { path: string }) => e.path.startsWith(path))).toBe(true);
  });

  it("refuses malformed JSON (400), another content type (415) and a body past its limit (413)", async () => {
    expect((await post("{not json")).status).toBe(400);
    expect((await post({ gomod: "module a\n" }, { "content-type": "text/plain" })).status).toBe(415);
    const { init, pulled } = hugePost({ "content-type": "application/json" }, 20 * 1024 * 1024);
    const response = await route.POST(new Request(URL_, init), undefined);
    expect(response.status).toBe(413);
    expect(pulled()).toBeLessThan(5 * 1024 * 1024);
  });

  it("refuses other methods with 405", async () => {
    const response = await route.GET(new Request(URL_), undefined);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toContain("POST");
  });
});
