import { describe, expect, it } from "vitest";
import { parseGoMod } from "./parse";
import { effectiveModules } from "./resolve";
import { fixture } from "@/tests/support/gomod";
import type { GoModFile } from "./types";

function file(text: string): GoModFile {
  const r = parseGoMod(text);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r.file;
}

describe("effectiveModules", () => {
  it("keeps go.mod order and every requirement", () => {
    const f = file(fixture("kubernetes.go.mod"));
    const mods = effectiveModules(f);
    expect(mods.map((m) => m.path)).toEqual(f.require.map((r) => r.path));
    // 29 staging replacements, of which sample-cli-plugin and sample-controller are not required.
    expect(mods.filter((m) => m.replacedBy?.local)).toHaveLength(27);
    expect(mods.find((m) => m.path === "k8s.io/api")).toEqual({
      path: "k8s.io/api",
      version: "v0.0.0",
      indirect: false,
      line: 95,
      replacedBy: { path: "./staging/src/k8s.io/api", local: true },
    });
    // Replaced in go.mod but not required: nothing to report for it.
    expect(mods.some((m) => m.path === "k8s.io/sample-controller")).toBe(false);
  });

  it("applies an unversioned replace to the required version (tidb pins grpc back to v1.29.1)", () => {
    const mods = effectiveModules(file(fixture("tidb.go.mod")));
    expect(mods.find((m) => m.path === "google.golang.org/grpc")).toMatchObject({
      version: "v1.40.0",
      replacedBy: { path: "google.golang.org/grpc", version: "v1.29.1", local: false },
    });
    expect(mods.find((m) => m.path === "github.com/pingcap/tidb/parser")?.replacedBy).toEqual({ path: "./parser", local: true });
    expect(mods.find((m) => m.path === "github.com/gorilla/mux")?.replacedBy).toBeUndefined();
  });

  it("applies a versioned replace only to that version, and prefers it to an unversioned one", () => {
    const f = file(
      [
        "module m",
        "require (",
        "\tgithub.com/a/x v1.0.0",
        "\tgithub.com/a/y v1.1.0",
        "\tgithub.com/a/z v1.0.0",
        ")",
        "replace github.com/a/x v1.0.0 => ../x",
        "replace github.com/a/y v1.0.0 => ../y",
        "replace github.com/a/z => github.com/fork/z v1.0.1",
        "replace github.com/a/z v1.0.0 => ./z",
      ].join("\n"),
    );
    const mods = effectiveModules(f);
    expect(mods.map((m) => m.replacedBy ?? null)).toEqual([{ path: "../x", local: true }, null, { path: "./z", local: true }]);
  });

  it("marks an excluded version instead of dropping it", () => {
    const mods = effectiveModules(file("module m\nrequire github.com/a/x v1.0.0\nrequire github.com/a/y v1.0.0\nexclude github.com/a/x v1.0.0\nexclude github.com/a/y v0.9.0\n"));
    expect(mods).toEqual([
      { path: "github.com/a/x", version: "v1.0.0", indirect: false, line: 2, excluded: true },
      { path: "github.com/a/y", version: "v1.0.0", indirect: false, line: 3 },
    ]);
  });

  it("returns the 信创 sample with gmsm built from the local copy", () => {
    const mods = effectiveModules(file(fixture("xinchuang-sample.go.mod")));
    expect(mods.map((m) => [m.path, m.version, m.indirect, m.replacedBy?.path ?? null])).toEqual([
      ["github.com/klauspost/compress", "v1.15.0", false, null],
      ["github.com/mattn/go-sqlite3", "v1.14.16", false, null],
      ["github.com/tjfoc/gmsm", "v1.4.1", false, "./third_party/gmsm"],
      ["google.golang.org/grpc", "v1.56.3", false, null],
      ["golang.org/x/sys", "v0.0.0-20210630005230-0f9fa26af87c", true, null],
    ]);
  });

  it("does not share objects with the parsed file", () => {
    const f = file("module m\nrequire github.com/a/x v1.0.0\nreplace github.com/a/x => ../x\n");
    const [m] = effectiveModules(f);
    if (m?.replacedBy) m.replacedBy.path = "changed";
    expect(f.replace[0]?.new.path).toBe("../x");
  });

  it("is empty for a go.mod without requirements", () => {
    expect(effectiveModules(file("module m\n"))).toEqual([]);
  });
});
