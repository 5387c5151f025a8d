import { describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES, MAX_INPUT_LINES, MAX_PROBLEMS } from "./limits";
import { deprecationOf, parseGoMod } from "./parse";
import { fixture, randomText, randomUnits, seededRandom } from "@/tests/support/gomod";
import type { GoModFile } from "./types";

function ok(text: string): GoModFile {
  const r = parseGoMod(text);
  if (!r.ok) throw new Error(`expected a valid go.mod, got:\n${r.problems.map((p) => p.message).join("\n")}`);
  return r.file;
}

function problems(text: string): string[] {
  const r = parseGoMod(text);
  if (r.ok) throw new Error("expected problems, the go.mod parsed");
  return r.problems.map((p) => p.message);
}

const req = (f: GoModFile, path: string) => f.require.find((r) => r.path === path);

describe("parseGoMod on real go.mod files", () => {
  it("kubernetes: 232 requirements, 115 indirect, 29 local staging replacements", () => {
    const f = ok(fixture("kubernetes.go.mod"));
    expect(f.module).toEqual({ path: "k8s.io/kubernetes", deprecated: null, line: 7 });
    expect(f.go).toEqual({ version: "1.20", line: 9 });
    expect(f.require).toHaveLength(232);
    expect(f.require.filter((r) => r.indirect)).toHaveLength(115);
    expect(req(f, "github.com/Azure/azure-sdk-for-go")).toEqual({ path: "github.com/Azure/azure-sdk-for-go", version: "v68.0.0+incompatible", indirect: false, line: 13 });
    expect(req(f, "cloud.google.com/go/compute")?.indirect).toBe(true);
    expect(f.replace).toHaveLength(29);
    expect(f.replace.at(-1)).toEqual({
      old: { path: "k8s.io/sample-controller" },
      new: { path: "./staging/src/k8s.io/sample-controller", local: true },
      line: 278,
    });
    expect(f.replace.every((r) => r.new.local)).toBe(true);
  });

  it("prometheus (2019): no go directive, +incompatible versions, one module replacement", () => {
    const f = ok(fixture("prometheus.go.mod"));
    expect(f.module?.path).toBe("github.com/prometheus/prometheus");
    expect(f.go).toBeNull();
    expect(f.require).toHaveLength(109);
    expect(f.require.filter((r) => r.indirect)).toHaveLength(64);
    expect(req(f, "k8s.io/client-go")?.version).toBe("v11.0.1-0.20190409021438-1a26190bd76a+incompatible");
    expect(f.replace).toEqual([
      { old: { path: "k8s.io/klog" }, new: { path: "github.com/simonpasquier/klog-gokit", version: "v0.1.0", local: false }, line: 115 },
    ]);
  });

  it("etcd: toolchain line, a replace block of local directories, a zero pseudo-version", () => {
    const f = ok(fixture("etcd.go.mod"));
    expect(f.module?.path).toBe("go.etcd.io/etcd/v3");
    expect(f.go?.version).toBe("1.26");
    expect(f.toolchain).toEqual({ name: "go1.26.0", line: 5 });
    expect(f.replace).toHaveLength(9);
    expect(f.replace[0]).toEqual({ old: { path: "go.etcd.io/etcd/api/v3" }, new: { path: "./api", local: true }, line: 8 });
    expect(f.require).toHaveLength(86);
    expect(req(f, "go.etcd.io/etcd/tests/v3")?.version).toBe("v3.0.0-00010101000000-000000000000");
    expect(req(f, "go.opentelemetry.io/otel")?.indirect).toBe(true);
  });

  it("gin: two require blocks, direct then indirect", () => {
    const f = ok(fixture("gin.go.mod"));
    expect(f.module?.path).toBe("github.com/gin-gonic/gin");
    expect(f.go?.version).toBe("1.20");
    expect(f.require).toHaveLength(29);
    expect(f.require.slice(0, 12).every((r) => !r.indirect)).toBe(true);
    expect(f.require.slice(12).every((r) => r.indirect)).toBe(true);
    expect(req(f, "gopkg.in/yaml.v3")).toEqual({ path: "gopkg.in/yaml.v3", version: "v3.0.1", indirect: false, line: 17 });
  });

  it("grpc-go: pseudo-versions of the form vX.Y.Z-0.yyyymmddhhmmss-hash", () => {
    const f = ok(fixture("grpc-go.go.mod"));
    expect(f.module?.path).toBe("google.golang.org/grpc");
    expect(f.go?.version).toBe("1.17");
    expect(f.require).toHaveLength(19);
    expect(req(f, "github.com/envoyproxy/go-control-plane")?.version).toBe("v0.10.2-0.20220325020618-49ff273808a1");
    expect(req(f, "golang.org/x/text")).toMatchObject({ version: "v0.5.0", indirect: true });
  });

  it("tidb: replace to another version, to a local directory, to a fork; comments above replaces", () => {
    const f = ok(fixture("tidb.go.mod"));
    expect(f.module?.path).toBe("github.com/pingcap/tidb");
    expect(f.go?.version).toBe("1.16");
    expect(f.require).toHaveLength(89);
    expect(f.replace).toEqual([
      { old: { path: "google.golang.org/grpc" }, new: { path: "google.golang.org/grpc", version: "v1.29.1", local: false }, line: 99 },
      { old: { path: "github.com/pingcap/tidb/parser" }, new: { path: "./parser", local: true }, line: 101 },
      {
        old: { path: "github.com/dgrijalva/jwt-go" },
        new: { path: "github.com/form3tech-oss/jwt-go", version: "v3.2.6-0.20210809144907-32ab6a8243d7+incompatible", local: false },
        line: 104,
      },
    ]);
  });

  it("minio: one block, golang.org/x/sys at a 2021 pseudo-version", () => {
    const f = ok(fixture("minio.go.mod"));
    expect(f.module?.path).toBe("github.com/minio/minio");
    expect(f.go?.version).toBe("1.16");
    expect(f.require).toHaveLength(84);
    expect(f.require.filter((r) => r.indirect).map((r) => r.path)).toEqual([
      "github.com/mattn/go-runewidth",
      "github.com/nats-io/nats-streaming-server",
      "golang.org/x/tools",
    ]);
    expect(req(f, "golang.org/x/sys")).toMatchObject({ version: "v0.0.0-20210630005230-0f9fa26af87c", indirect: false });
  });

  it("gogs: github.com/mattn/go-sqlite3 at v2.0.3+incompatible, indirect; trailing comments", () => {
    const f = ok(fixture("gogs.go.mod"));
    expect(f.module?.path).toBe("gogs.io/gogs");
    expect(f.go?.version).toBe("1.18");
    expect(f.require).toHaveLength(126);
    expect(req(f, "github.com/mattn/go-sqlite3")).toMatchObject({ version: "v2.0.3+incompatible", indirect: true });
  });

  it("gnet v1: github.com/tjfoc/gmsm v1.4.1 required directly; a commented-out retract is only a comment", () => {
    const f = ok(fixture("gnet-v1.go.mod"));
    expect(f.module?.path).toBe("github.com/panjf2000/gnet");
    expect(f.require).toHaveLength(14);
    expect(req(f, "github.com/tjfoc/gmsm")).toMatchObject({ version: "v1.4.1", indirect: false, line: 11 });
    expect(f.retract).toEqual([]);
  });

  it("the hand-written 信创 sample", () => {
    const f = ok(fixture("xinchuang-sample.go.mod"));
    expect(f.module?.path).toBe("example.com/tianjin/payment-gateway");
    expect(f.go?.version).toBe("1.18");
    expect(f.require.map((r) => `${r.path}@${r.version}${r.indirect ? " (indirect)" : ""}`)).toEqual([
      "github.com/klauspost/compress@v1.15.0",
      "github.com/mattn/go-sqlite3@v1.14.16",
      "github.com/tjfoc/gmsm@v1.4.1",
      "google.golang.org/grpc@v1.56.3",
      "golang.org/x/sys@v0.0.0-20210630005230-0f9fa26af87c (indirect)",
    ]);
    expect(f.replace).toEqual([{ old: { path: "github.com/tjfoc/gmsm" }, new: { path: "./third_party/gmsm", local: true }, line: 16 }]);
  });
});

describe("parseGoMod grammar", () => {
  it("reads CRLF line endings and a byte-order mark", () => {
    const f = ok("\ufeffmodule example.com/m\r\n\r\ngo 1.21\r\n\r\nrequire (\r\n\tgolang.org/x/sys v0.1.0 // indirect\r\n)\r\n");
    expect(f.module?.path).toBe("example.com/m");
    expect(f.go).toEqual({ version: "1.21", line: 3 });
    expect(f.require).toEqual([{ path: "golang.org/x/sys", version: "v0.1.0", indirect: true, line: 6 }]);
  });

  it("accepts go versions 1.21, 1.21.3 and 1.21rc1 and refuses others", () => {
    for (const v of ["1.21", "1.21.3", "1.21rc1", "1.0", "2.0"]) expect(ok(`module m\ngo ${v}\n`).go?.version).toBe(v);
    for (const v of ["1", "1.021", "v1.21", "1.21.", "1.21.3.4", "1.21-rc1", "01.21", "1.21RC1"]) expect(problems(`go ${v}\n`)).toEqual([`第 1 行：go 版本 ${v} 无效，应形如 1.21、1.21.3 或 1.21rc1`]);
  });

  it("reads // indirect only as the first word of the end-of-line comment", () => {
    const f = ok(
      [
        "module m",
        "require a.com/x v1.0.0 // indirect",
        "require a.com/y v1.0.0 // indirect; for tests",
        "require a.com/z v1.0.0 // not indirect",
        "require a.com/w v1.0.0 //indirect",
        "// indirect",
        "require a.com/v v1.0.0",
      ].join("\n"),
    );
    expect(f.require.map((r) => r.indirect)).toEqual([true, true, false, true, false]);
  });

  it("reads quoted paths with Go escapes and empty blocks", () => {
    const f = ok('module "example.com/m"\nrequire ()\nrequire "golang.org/x/\\u0074ext" "v0.3.0"\n');
    expect(f.module?.path).toBe("example.com/m");
    expect(f.require[0]).toMatchObject({ path: "golang.org/x/text", version: "v0.3.0" });
  });

  it("reads godebug, exclude, tool and ignore, single and as blocks", () => {
    const f = ok(
      "module m\ngo 1.25\ngodebug (\n\tdefault=go1.21\n\tpanicnil=1\n)\nexclude golang.org/x/net v0.1.0\nexclude (\n\tgolang.org/x/net v0.2.0\n)\ntool golang.org/x/tools/cmd/stringer\nignore ./node_modules\n",
    );
    expect(f.godebug).toEqual([
      { key: "default", value: "go1.21", line: 4 },
      { key: "panicnil", value: "1", line: 5 },
    ]);
    expect(f.exclude).toEqual([
      { path: "golang.org/x/net", version: "v0.1.0", line: 7 },
      { path: "golang.org/x/net", version: "v0.2.0", line: 9 },
    ]);
    expect(f.tool).toEqual([{ path: "golang.org/x/tools/cmd/stringer", line: 11 }]);
    expect(f.ignore).toEqual([{ path: "./node_modules", line: 12 }]);
  });

  it("reads every replace form", () => {
    const f = ok(
      [
        "module m",
        "replace a.com/x => b.com/x v1.2.0",
        "replace a.com/y v1.0.0 => b.com/y v1.1.0",
        "replace a.com/z v1.0.0 => ../z",
        "replace (",
        "\ta.com/w => /abs/w",
        "\ta.com/v => .",
        ")",
      ].join("\n"),
    );
    expect(f.replace.map((r) => [r.old, r.new])).toEqual([
      [{ path: "a.com/x" }, { path: "b.com/x", version: "v1.2.0", local: false }],
      [{ path: "a.com/y", version: "v1.0.0" }, { path: "b.com/y", version: "v1.1.0", local: false }],
      [{ path: "a.com/z", version: "v1.0.0" }, { path: "../z", local: true }],
      [{ path: "a.com/w" }, { path: "/abs/w", local: true }],
      [{ path: "a.com/v" }, { path: ".", local: true }],
    ]);
  });

  it("reads retract: a version, an interval, rationale from the line or the block", () => {
    const f = ok(
      [
        "module example.com/m",
        "// Published too early.",
        "retract v1.0.0",
        "retract [v1.1.0, v1.2.0] // Broken build on arm64.",
        "// Security fix needed.",
        "retract (",
        "\tv1.3.0",
        "\t// Data loss.",
        "\tv1.4.0",
        ")",
      ].join("\n"),
    );
    expect(f.retract).toEqual([
      { low: "v1.0.0", high: "v1.0.0", rationale: "Published too early.", line: 3 },
      { low: "v1.1.0", high: "v1.2.0", rationale: "Broken build on arm64.", line: 4 },
      { low: "v1.3.0", high: "v1.3.0", rationale: "Security fix needed.", line: 7 },
      { low: "v1.4.0", high: "v1.4.0", rationale: "Data loss.", line: 9 },
    ]);
  });

  it("reads // Deprecated: from the comments attached to the module line", () => {
    expect(ok("// Deprecated: use example.com/m/v2 instead.\nmodule example.com/m\n").module?.deprecated).toBe("use example.com/m/v2 instead.");
    expect(ok("module example.com/m // Deprecated: moved\n").module?.deprecated).toBe("moved");
    expect(ok("// Deprecated: detached by a blank line\n\nmodule example.com/m\n").module?.deprecated).toBeNull();
    expect(ok("// Package m does things.\n//\n// Deprecated: gone.\nmodule example.com/m\n").module?.deprecated).toBe("gone.");
    expect(ok("// Not Deprecated: really\nmodule example.com/m\n").module?.deprecated).toBeNull();
  });

  it("finds the deprecation paragraph exactly", () => {
    expect(deprecationOf("Deprecated:   spaced")).toBe("spaced");
    expect(deprecationOf("intro\n\nDeprecated: a\nb\n\nlater")).toBe("a\nb");
    expect(deprecationOf("intro\n\n\nDeprecated: x")).toBe("x");
    expect(deprecationOf("intro\nDeprecated: same paragraph")).toBeNull();
    expect(deprecationOf("")).toBeNull();
  });

  it("allows a require without a dotted domain when a replace points it at a directory", () => {
    const f = ok("module m\nrequire mylib v0.0.0\nreplace mylib => ../mylib\n");
    expect(f.require[0]?.path).toBe("mylib");
  });

  it("accepts a main module path without a domain and an empty file", () => {
    expect(ok("module myapp\n").module?.path).toBe("myapp");
    expect(ok("")).toMatchObject({ module: null, go: null, require: [] });
    expect(ok("\n\n// only comments\n")).toMatchObject({ module: null });
  });
});

describe("parseGoMod problems", () => {
  const cases: [string, string, string[]][] = [
    ["require without version", "require github.com/a/b\n", ["第 1 行：require 缺少版本"]],
    ["require with extra words", "require github.com/a/b v1.0.0 v1.1.0\n", ["第 1 行：require 的写法应为「require 模块路径 版本」"]],
    ["exclude without version", "exclude github.com/a/b\n", ["第 1 行：exclude 缺少版本"]],
    ["short version", "require github.com/a/b v1.2\n", ["第 1 行：版本 v1.2 不是规范写法，应写作 v1.2.0"]],
    ["build metadata", "require github.com/a/b v1.2.0+meta\n", ["第 1 行：版本 v1.2.0+meta 不是规范写法，应写作 v1.2.0"]],
    ["branch name", "require github.com/a/b master\n", ["第 1 行：版本 master 不是语义化版本（应形如 v1.2.3）；分支名或提交哈希要先用 go get 解析成伪版本"]],
    ["leading zero", "require github.com/a/b v1.02.0\n", ["第 1 行：版本 v1.02.0 不是语义化版本（应形如 v1.2.3）；分支名或提交哈希要先用 go get 解析成伪版本"]],
    ["major suffix mismatch", "require github.com/a/b/v2 v1.0.0\n", ["第 1 行：模块路径 github.com/a/b/v2 要求主版本 v2，但版本是 v1.0.0"]],
    ["v2 without suffix", "require github.com/a/b v2.0.0\n", ["第 1 行：模块路径 github.com/a/b 要求主版本 v0 或 v1（v2 及以上需在路径末尾加 /v2 …，或用 +incompatible），但版本是 v2.0.0"]],
    ["gopkg.in major", "require gopkg.in/yaml.v3 v2.0.0\n", ["第 1 行：模块路径 gopkg.in/yaml.v3 要求主版本 v3，但版本是 v2.0.0"]],
    ["/v1 suffix", "require github.com/a/b/v1 v1.0.0\n", ["第 1 行：模块路径 github.com/a/b/v1 无效：结尾的主版本后缀无效（应为 /v2、/v3 …，不能是 /v1、/v0 或 /v2.0）"]],
    ["no domain, no replace", "require mylib v1.0.0\n", ["第 1 行：模块路径 mylib 的第一段不是域名（缺少点号），且没有 replace 把它指向本地目录，go 命令无法下载"]],
    ["uppercase domain", "require GitHub.com/a/b v1.0.0\n", ["第 1 行：模块路径 GitHub.com/a/b 无效：第一段（域名）只能含小写字母、数字、点号和连字符，不能含「G」"]],
    ["bad path character", "require github.com/a/b（c） v1.0.0\n", ["第 1 行：模块路径 github.com/a/b（c） 无效：含有不允许的字符「（」（只允许 ASCII 字母、数字和 + - . _ ~）"]],
    ["double slash path", 'require "github.com//b" v1.0.0\n', ["第 1 行：模块路径 github.com//b 无效：含有空的路径段（连续的 / 或以 / 开头、结尾）"]],
    ["go without argument", "go\n", ["第 1 行：go 指令只能有一个参数，例如「go 1.21」"]],
    ["repeated go", "go 1.20\ngo 1.21\n", ["第 2 行：重复的 go 指令（第 1 行已有）"]],
    ["repeated module", "module a\nmodule b\n", ["第 2 行：重复的 module 指令（第 1 行已有）"]],
    ["module usage", "module a b\n", ["第 1 行：module 的写法应为「module 模块路径」"]],
    ["toolchain", "toolchain 1.21.0\n", ["第 1 行：toolchain 1.21.0 无效，应形如 go1.21.3 或 default"]],
    ["repeated toolchain", "toolchain go1.21.0\ntoolchain default\n", ["第 2 行：重复的 toolchain 指令（第 1 行已有）"]],
    ["godebug", "godebug panicnil\n", ["第 1 行：godebug 的写法应为「godebug 键=值」"]],
    ["unknown directive", "requires github.com/a/b v1.0.0\n", ["第 1 行：未知指令 requires"]],
    ["unknown block", "go (\n1.21\n)\n", ["第 1 行：未知的块类型：go"]],
    ["block with two words", "require github.com/a/b (\n)\n", ["第 1 行：未知的块类型：require github.com/a/b"]],
    ["replace usage", "replace github.com/a/b\n", ["第 1 行：replace 的写法应为「replace 模块路径 [版本] => 模块路径 版本」或「replace 模块路径 [版本] => 本地目录」"]],
    ["replace @", "replace github.com/a/b => github.com/c/d@v1.0.0\n", ["第 1 行：replace 的目标应写成「路径 版本」，不能写成「路径@版本」"]],
    ["replace without dir", "replace github.com/a/b => github.com/c/d\n", ["第 1 行：replace 的目标 github.com/c/d 没有版本，因此必须是本地目录（以 ./、../ 或 / 开头）"]],
    ["replace windows path", "replace github.com/a/b => .\\vendor\\b\n", ["第 1 行：replace 的目标 .\\vendor\\b 是 Windows 路径（含反斜杠），在麒麟等 Linux 系统上 go 命令会拒绝"]],
    ["replace dir with version", "replace github.com/a/b => ../b v1.0.0\n", ["第 1 行：replace 的目标 ../b 是本地目录，不能带版本"]],
    ["conflicting replaces", "replace github.com/a/b => ../b\nreplace github.com/a/b => ../c\n", ["第 2 行：github.com/a/b 的 replace 与第 1 行的 replace 指向不同目标，go 命令会拒绝"]],
    ["retract usage", "retract\n", ["第 1 行：retract 的写法应为「retract 版本」或「retract [低版本, 高版本]」"]],
    ["retract open interval", "retract [v1.0.0, v1.1.0\n", ["第 1 行：retract 的写法应为「retract 版本」或「retract [低版本, 高版本]」"]],
    ["retract extra", "retract v1.0.0 v1.1.0\n", ["第 1 行：retract 的版本之后有多余内容 v1.1.0"]],
    ["tool usage", "tool a b\n", ["第 1 行：tool 指令只能有一个参数：工具的包路径"]],
    ["block comment", "module m /* x */\n", ["第 1 行：go.mod 只能使用 // 注释，不能使用 /* */ 注释"]],
    ["block comment inside a word", "module m/*x*/\n", ["第 1 行：go.mod 只能使用 // 注释，不能使用 /* */ 注释"]],
    ["unterminated string", 'module "example.com/m\ngo 1.21\n', ["第 1 行：字符串缺少结尾的 \"（字符串不能跨行）"]],
    ["escaped newline in string", 'module "example.com/m\\\ngo 1.21\n', ["第 1 行：字符串缺少结尾的 \"（字符串不能跨行）"]],
    ["bad escape", 'module "example.com/\\q"\n', ['第 1 行：字符串 "example.com/\\q" 的写法无效（转义序列不合法）']],
    ["back-quoted value", "module `example.com/m`\n", ["第 1 行：go 命令不接受反引号字符串 `example.com/m`，请改用双引号或去掉引号"]],
    ["quote inside word", "module example.com/'m'\n", ["第 1 行：example.com/'m' 含有引号；需要引号时请用成对的双引号把整个值括起来"]],
    ["no-break space", "module\u00a0example.com/m\n", ["第 1 行：出现无法识别的字符 U+00A0（不换行空格），go 命令会拒绝此文件"]],
    ["full-width space", "go\u30001.21\n", ["第 1 行：出现无法识别的字符 U+3000（全角空格），go 命令会拒绝此文件"]],
    ["lone surrogate", "module example.com/\ud800\n", ["第 1 行：出现无法识别的字符 U+D800，go 命令会拒绝此文件"]],
    ["unterminated block, reported where it starts", "module m\n\nrequire (\n\tgithub.com/a/b v1.0.0\n", ["第 3 行：require ( 块没有对应的 )，一直到文件末尾都未闭合"]],
    ["stray paren", ")\n", ["第 1 行：多余的 )，前面没有对应的 ("]],
    ["text after closing paren", "require (\n\tgithub.com/a/b v1.0.0\n) x\n", ["第 3 行：右括号 ) 之后应直接换行"]],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it("closes a block that lost its ) at the next directive and reads on", () => {
    expect(problems("module m\nrequire (\n\tgithub.com/a/b v1.0.0\ngo 1.21\nrequire github.com/c/d\n")).toEqual([
      "第 4 行：第 2 行开始的 require ( 块在此之前缺少 )；此行被当作新的指令读取",
      "第 5 行：require 缺少版本",
    ]);
  });

  it("collects every problem, in line order, with line numbers", () => {
    const text = ["module m", "go 1", "require (", "\tgithub.com/a/b", "\tgithub.com/c/d v1.2", '\t"unterminated v1.0.0', "\tgithub.com/e/f v1.0.0", ")", "toolchain 1.21", "foo bar"].join("\n");
    expect(problems(text)).toEqual([
      "第 2 行：go 版本 1 无效，应形如 1.21、1.21.3 或 1.21rc1",
      "第 4 行：require 缺少版本",
      "第 5 行：版本 v1.2 不是规范写法，应写作 v1.2.0",
      "第 6 行：字符串缺少结尾的 \"（字符串不能跨行）",
      "第 9 行：toolchain 1.21 无效，应形如 go1.21.3 或 default",
      "第 10 行：未知指令 foo",
    ]);
    const r = parseGoMod(text);
    expect(r.ok ? [] : r.problems.map((p) => p.line)).toEqual([2, 4, 5, 6, 9, 10]);
  });

  it("caps the problem list and says how many more there were", () => {
    const r = parseGoMod(Array.from({ length: MAX_PROBLEMS + 50 }, (_, i) => `bogus${i}`).join("\n"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.problems.at(-1)).toEqual({ line: 0, message: "另有 50 个问题未列出，请先修正以上问题" });
  });
});

describe("parseGoMod bounds", () => {
  it("refuses input over 1 MiB", () => {
    const r = parseGoMod(`module m\n// ${"x".repeat(MAX_INPUT_BYTES)}\n`);
    expect(r).toEqual({ ok: false, problems: [{ line: 0, message: "go.mod 超过 1 MiB，不予解析（真实项目的该文件远小于此）" }] });
  });

  it("counts UTF-8 bytes, not characters", () => {
    const chinese = `// ${"中".repeat(Math.ceil(MAX_INPUT_BYTES / 3))}\n`;
    expect(chinese.length).toBeLessThan(MAX_INPUT_BYTES);
    expect(parseGoMod(chinese).ok).toBe(false);
    expect(parseGoMod(`// ${"中".repeat(1000)}\nmodule m\n`).ok).toBe(true);
  });

  it("refuses more than 20,000 lines and accepts exactly 20,000", () => {
    expect(parseGoMod("\n".repeat(MAX_INPUT_LINES))).toEqual({ ok: true, file: expect.anything() });
    expect(parseGoMod("\n".repeat(MAX_INPUT_LINES) + "x")).toEqual({ ok: false, problems: [{ line: 0, message: "go.mod 超过 20,000 行，不予解析" }] });
  });

  it("handles pathological input in linear time", () => {
    const inputs = [
      "(".repeat(500_000),
      `require ${"a".repeat(900_000)} v1.0.0`,
      `"${"\\\\".repeat(400_000)}`,
      "require (\n" + "\t// c\n".repeat(15_000),
      `go 1.${"1".repeat(500_000)}rc`,
    ];
    for (const text of inputs) {
      const start = performance.now();
      const r = parseGoMod(text);
      expect(r.ok).toBe(false);
      expect(performance.now() - start).toBeLessThan(2_000);
    }
  });
});

describe("parseGoMod properties", () => {
  const alphabet = ["module", "require", "replace", "exclude", "retract", "go", "toolchain", "godebug", "(", ")", "[", "]", ",", "=>", "//", "/*", '"', "`", "\\", " ", "\t", "\n", "\r\n", "v1.2.3", "v0.0.0-20210630005230-0f9fa26af87c", "github.com/a/b", "./x", "indirect", "Deprecated:", "1.21", "=", "\u00a0", "中"];

  it("never throws on random token soup and random UTF-16, and always reports lines inside the input", () => {
    const rand = seededRandom(20240601);
    for (let i = 0; i < 400; i++) {
      const text = i % 2 === 0 ? randomText(rand, alphabet, Math.floor(rand() * 80)) : randomUnits(rand, Math.floor(rand() * 200));
      const lineCount = text.split("\n").length;
      const r = parseGoMod(text);
      if (!r.ok) {
        expect(r.problems.length).toBeGreaterThan(0);
        for (const p of r.problems) {
          expect(p.line).toBeGreaterThanOrEqual(0);
          expect(p.line).toBeLessThanOrEqual(lineCount);
          expect(p.message).toMatch(p.line > 0 ? /^第 \d+ 行：/ : /./);
        }
      }
    }
  });

  it("is deterministic and unaffected by CRLF or a BOM", () => {
    const rand = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      const text = randomText(rand, alphabet.filter((a) => a !== "\r\n"), Math.floor(rand() * 60));
      const plain = parseGoMod(text);
      expect(parseGoMod(text)).toEqual(plain);
      expect(parseGoMod(`\ufeff${text.replaceAll("\n", "\r\n")}`)).toEqual(plain);
    }
  });

  it("parses every fixture the same after CRLF conversion", () => {
    for (const name of ["kubernetes.go.mod", "etcd.go.mod", "tidb.go.mod"]) {
      const text = fixture(name);
      expect(parseGoMod(text.replaceAll("\n", "\r\n"))).toEqual(parseGoMod(text));
    }
  });
});
