import { describe, expect, it } from "vitest";
import { MAX_INPUT_LINES } from "./limits";
import { fixture, randomText, seededRandom } from "@/tests/support/gomod";
import { parseVendorModules } from "./vendor-modules";

describe("parseVendorModules on delve's vendor/modules.txt", () => {
  const r = parseVendorModules(fixture("delve.vendor-modules.txt"));

  it("reads every module with its packages and explicit mark", () => {
    expect(r.problems).toEqual([]);
    expect(r.modules).toHaveLength(22);
    expect(r.modules.filter((m) => m.explicit)).toHaveLength(16);
    expect(r.modules.every((m) => m.packages.length > 0)).toBe(true);
    expect(r.modules[0]).toEqual({
      path: "github.com/aquasecurity/libbpfgo",
      version: "v0.1.2-0.20210708203834-4928d36fafac",
      line: 1,
      explicit: true,
      goVersion: null,
      replacement: null,
      packages: ["github.com/aquasecurity/libbpfgo", "github.com/aquasecurity/libbpfgo/helpers"],
    });
    expect(r.modules.find((m) => m.path === "golang.org/x/sys")?.packages).toEqual(["golang.org/x/sys/internal/unsafeheader", "golang.org/x/sys/unix", "golang.org/x/sys/windows"]);
    expect(r.modules.find((m) => m.path === "github.com/spf13/pflag")).toMatchObject({ version: "v1.0.5", explicit: false });
  });
});

describe("parseVendorModules formats", () => {
  it("reads go versions, replacements (module, directory, every version) and modules without packages", () => {
    const r = parseVendorModules(
      [
        "# github.com/a/b v1.2.0",
        "## explicit; go 1.21",
        "github.com/a/b",
        "# github.com/c/d v1.0.0 => github.com/fork/d v1.0.1",
        "## explicit",
        "github.com/c/d/pkg",
        "# github.com/e/f v0.1.0 => ../f",
        "## explicit; go 1.18",
        "# github.com/g/h => ./h",
        "# github.com/i/j v1.0.0",
        "## go 1.20; future-annotation",
        "",
      ].join("\r\n"),
    );
    expect(r.problems).toEqual([]);
    expect(r.modules.map((m) => [m.path, m.version, m.explicit, m.goVersion, m.replacement, m.packages.length])).toEqual([
      ["github.com/a/b", "v1.2.0", true, "1.21", null, 1],
      ["github.com/c/d", "v1.0.0", true, null, { path: "github.com/fork/d", version: "v1.0.1", local: false }, 1],
      ["github.com/e/f", "v0.1.0", true, "1.18", { path: "../f", local: true }, 0],
      ["github.com/g/h", null, false, null, { path: "./h", local: true }, 0],
      ["github.com/i/j", "v1.0.0", false, "1.20", null, 0],
    ]);
  });

  it.each([
    ["module line without version", "# github.com/a/b\n", ["第 1 行：模块行应为「# 模块路径 版本」或「# 模块路径 [版本] => 替换目标」"]],
    ["module line with bad version", "# github.com/a/b latest\n", ["第 1 行：模块行应为「# 模块路径 版本」或「# 模块路径 [版本] => 替换目标」"]],
    ["bad replacement", "# github.com/a/b v1.0.0 => github.com/c/d master\n", ["第 1 行：无法识别的替换写法，应为「=> 本地目录」或「=> 模块路径 版本」"]],
    ["annotation before any module", "## explicit\n", ["第 1 行：此行之前没有「# 模块路径 版本」行，不知道它属于哪个模块"]],
    ["package before any module", "github.com/a/b\n", ["第 1 行：此行之前没有「# 模块路径 版本」行，不知道它属于哪个模块"]],
    ["bad go version", "# github.com/a/b v1.0.0\n## explicit; go one\n", ["第 2 行：go 版本 one 无效，应形如 1.21、1.21.3 或 1.21rc1"]],
    ["unreadable line", "# github.com/a/b v1.0.0\nnot a package\n", ["第 2 行：无法识别的行 not a package"]],
    ["hash without space", "# github.com/a/b v1.0.0\n#comment\n", ["第 2 行：无法识别的行 #comment"]],
    ["bad module path", "# github.com/a(b) v1.0.0\n", ["第 1 行：模块路径 github.com/a(b) 无效：含有不允许的字符「(」（只允许 ASCII 字母、数字和 + - . _ ~）"]],
  ])("%s", (_name, text, expected) => {
    expect(parseVendorModules(text).problems.map((p) => p.message)).toEqual(expected);
  });

  it("refuses oversized input", () => {
    expect(parseVendorModules("\n".repeat(MAX_INPUT_LINES + 1) + "x").problems).toEqual([{ line: 0, message: "vendor/modules.txt 超过 20,000 行，不予解析" }]);
  });

  it("never throws on random input built from its own syntax", () => {
    const rand = seededRandom(5);
    const alphabet = ["# ", "## ", "explicit", ";", " go 1.21", "=>", " ", "\n", "github.com/a/b", "v1.0.0", "./x", "#", "\u0000", "中"];
    for (let i = 0; i < 300; i++) {
      const r = parseVendorModules(randomText(rand, alphabet, Math.floor(rand() * 60)));
      for (const m of r.modules) expect(typeof m.path).toBe("string");
    }
  });
});
