import { execFileSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCompatCheckBundle } from "./bundle";
import { generateCompatCheck } from "./generate";
import { createTar } from "./tar";
import { BASE_PROFILE, removeTempDirs, requirements, tempDir } from "@/tests/support/compat-check";

const req = requirements(["tar"]);
afterAll(removeTempDirs);

describe("createTar", () => {
  it("writes valid ustar headers with correct checksums and a two-block trailer", () => {
    const tar = createTar([{ path: "a/" }, { path: "a/b.txt", content: "你好\n", mode: 0o755 }], new Date(0));
    expect(tar.length).toBe(512 * 5); // dir header, file header, file data block, 2 trailer blocks
    const header = tar.subarray(512, 1024);
    const stored = parseInt(new TextDecoder().decode(header.subarray(148, 154)), 8);
    const computed = [...header].reduce((sum, b, i) => sum + (i >= 148 && i < 156 ? 0x20 : b), 0);
    expect(stored).toBe(computed);
    expect(new TextDecoder().decode(header.subarray(257, 262))).toBe("ustar");
    expect(() => createTar([{ path: `${"x".repeat(120)}/${"y".repeat(90)}` }])).not.toThrow();
    expect(() => createTar([{ path: "z".repeat(300) }])).toThrow(/too long/);
  });
});

describe.skipIf(req.skip)("buildCompatCheckBundle", () => {
  beforeAll(req.assert);

  it("extracts with system tar into one folder: executable script, probe sources, README", () => {
    const bundle = buildCompatCheckBundle(BASE_PROFILE, new Date("2025-01-01T00:00:00Z"));
    expect(bundle.filename).toBe("compat-check-kylin-v10-sp3-phytium.tar.gz");
    expect(gunzipSync(bundle.data).length % 512).toBe(0);

    const dir = tempDir("compat-check-bundle");
    const archive = join(dir, bundle.filename);
    writeFileSync(archive, bundle.data);
    execFileSync("tar", ["-xzf", archive, "-C", dir]);
    const root = join(dir, "compat-check-kylin-v10-sp3-phytium");
    const generated = generateCompatCheck(BASE_PROFILE);
    const script = join(root, generated.filename);
    expect(readFileSync(script, "utf8")).toBe(generated.script);
    expect(statSync(script).mode & 0o777).toBe(0o755);
    for (const f of generated.files) expect(readFileSync(join(root, f.path), "utf8")).toBe(f.content);
    expect(readFileSync(join(root, "README.zh.md"), "utf8")).toContain("GO111MODULE=off");
    expect(execFileSync("bash", [script, "--help"], { encoding: "utf8" })).toContain("CHECK_ROOT");
  });
});
