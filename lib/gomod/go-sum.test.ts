import { describe, expect, it } from "vitest";
import { parseGoSum } from "./go-sum";
import { MAX_INPUT_LINES } from "./limits";
import { fixture, randomUnits, seededRandom } from "@/tests/support/gomod";

const H = "h1:oUp34TzMlL+OY1OUWxHqsdkgC/Zfc85zGqw9siXjrc0=";
const H2 = "h1:LysEHSvpvDySVdC2f87zGWf6CIKJcAvqab1ZaiQtds4=";

describe("parseGoSum on gin's go.sum", () => {
  const r = parseGoSum(fixture("gin.go.sum"));

  it("has no problems and splits compiled modules from graph-only ones", () => {
    expect(r.problems).toEqual([]);
    const lines = fixture("gin.go.sum").trim().split("\n");
    expect(lines).toHaveLength(84);
    // 54 distinct module versions: 33 with a source hash, 21 consulted for their go.mod only.
    expect(r.modules).toHaveLength(33);
    expect(r.goModOnly).toHaveLength(21);
  });

  it("records each module version once, at its first line", () => {
    expect(r.modules[0]).toEqual({ path: "github.com/bytedance/sonic", version: "v1.11.6", line: 1, hasSourceHash: true, hasGoModHash: true });
    expect(r.modules.find((m) => m.path === "github.com/go-playground/assert/v2")).toMatchObject({ version: "v2.2.0", hasSourceHash: true, hasGoModHash: false });
    expect(r.goModOnly.find((m) => m.path === "github.com/stretchr/testify" && m.version === "v1.8.4")).toMatchObject({ hasSourceHash: false, hasGoModHash: true });
    expect(r.modules.filter((m) => m.path === "github.com/stretchr/testify").map((m) => m.version)).toEqual(["v1.9.0"]);
  });
});

describe("parseGoSum problems", () => {
  it.each([
    ["too few fields", `github.com/a/b v1.0.0\n`, ["第 1 行：go.sum 每行应有 3 个字段（模块路径、版本、哈希），这里有 2 个"]],
    ["merge conflict marker", `<<<<<<< HEAD\n`, ["第 1 行：go.sum 每行应有 3 个字段（模块路径、版本、哈希），这里有 2 个"]],
    ["bad version", `github.com/a/b master ${H}\n`, ["第 1 行：版本 master 不是语义化版本（应形如 v1.2.3）；分支名或提交哈希要先用 go get 解析成伪版本"]],
    ["short version", `github.com/a/b v1.0/go.mod ${H}\n`, ["第 1 行：版本 v1.0 不是规范写法，应写作 v1.0.0"]],
    ["bad hash", `github.com/a/b v1.0.0 h1:short=\n`, ["第 1 行：哈希 h1:short= 无效，应为 h1: 加 44 个字符的 Base64（SHA-256）"]],
    ["no algorithm", `github.com/a/b v1.0.0 abc\n`, ["第 1 行：哈希 abc 无效，应为 h1: 加 44 个字符的 Base64（SHA-256）"]],
    ["bad path", `github.com/a b v1.0.0 ${H}\n`, ["第 1 行：go.sum 每行应有 3 个字段（模块路径、版本、哈希），这里有 4 个"]],
    ["path character", `github.com/a(b) v1.0.0 ${H}\n`, ["第 1 行：模块路径 github.com/a(b) 无效：含有不允许的字符「(」（只允许 ASCII 字母、数字和 + - . _ ~）"]],
    ["two hashes for one entry", `github.com/a/b v1.0.0 ${H}\ngithub.com/a/b v1.0.0 ${H2}\n`, ["第 2 行：github.com/a/b@v1.0.0 的哈希与第 1 行不同（常见于合并冲突），go 命令会校验失败"]],
  ])("%s", (_name, text, expected) => {
    expect(parseGoSum(text).problems.map((p) => p.message)).toEqual(expected);
  });

  it("keeps good lines around bad ones, accepts CRLF, blank lines, repeats and future hash algorithms", () => {
    const r = parseGoSum(`\r\ngithub.com/a/b v1.0.0 ${H}\r\nbroken\r\ngithub.com/a/b v1.0.0 ${H}\r\ngithub.com/c/d v1.0.0/go.mod h2:anything\r\n`);
    expect(r.problems).toEqual([{ line: 3, message: "第 3 行：go.sum 每行应有 3 个字段（模块路径、版本、哈希），这里有 1 个" }]);
    expect(r.modules).toEqual([{ path: "github.com/a/b", version: "v1.0.0", line: 2, hasSourceHash: true, hasGoModHash: false }]);
    expect(r.goModOnly).toEqual([{ path: "github.com/c/d", version: "v1.0.0", line: 5, hasSourceHash: false, hasGoModHash: true }]);
  });

  it("refuses oversized input", () => {
    expect(parseGoSum("\n".repeat(MAX_INPUT_LINES + 1) + "x").problems).toEqual([{ line: 0, message: "go.sum 超过 20,000 行，不予解析" }]);
    expect(parseGoSum("x".repeat(1024 * 1024 + 1)).problems[0]?.message).toBe("go.sum 超过 1 MiB，不予解析（真实项目的该文件远小于此）");
  });

  it("never throws on random input", () => {
    const rand = seededRandom(99);
    for (let i = 0; i < 300; i++) {
      const r = parseGoSum(randomUnits(rand, Math.floor(rand() * 300)));
      expect(Array.isArray(r.problems)).toBe(true);
    }
  });
});
