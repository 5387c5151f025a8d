/** The shipped go.mod knowledge base parses strictly and agrees with the SM library facts. */
import { describe, expect, it } from "vitest";
import shipped from "@/data/gomod-knowledge.json";
import { SM_LIBRARY_FACTS, TLCP_LIBRARY } from "@/lib/domain/sm-libraries";
import { KnowledgeBaseError, loadKnowledgeBase } from "./knowledge";

const good = {
  module: "example.com/a",
  versions: "*",
  kinds: ["cgo"],
  summary: "摘要",
  advice: "建议",
  source: ["https://example.com/a"],
  checked: "2026-12-01",
};
const file = (...entries: unknown[]) => ({ version: "2026-12-01.1", entries });

describe("shipped knowledge base", () => {
  const kb = loadKnowledgeBase(shipped);

  it("parses, has at least 40 entries, each with a source URL and a checked date", () => {
    expect(kb.entries.length).toBeGreaterThanOrEqual(40);
    for (const e of kb.entries) {
      expect(e.source.length, e.module).toBeGreaterThan(0);
      for (const s of e.source) expect(s, e.module).toMatch(/^https?:\/\//);
      expect(e.checked).toBe("2026-12-01");
    }
  });

  it("has no duplicate (module, range)", () => {
    const keys = kb.entries.map((e) => `${e.module} ${e.prefix ? "prefix" : ""} ${e.versions}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("covers the modules the scan must know", () => {
    for (const m of [
      "github.com/mattn/go-sqlite3",
      "modernc.org/sqlite",
      "github.com/golang/snappy",
      "golang.org/x/sys",
      "github.com/tjfoc/gmsm",
      "github.com/emmansun/gmsm",
      "gitee.com/Trisia/gotlcp",
      "gitee.com/chunanyong/dm",
      "kingbase.com/gokb",
      "gitee.com/opengauss/openGauss-connector-go-pq",
      "github.com/go-sql-driver/mysql",
    ])
      expect(kb.entriesFor(m).length, m).toBeGreaterThan(0);
    // the snappy rule of AWS's Porting Advisor: arm64 good from v0.0.2
    expect(kb.entriesFor("github.com/golang/snappy")[0]!.fixedFor?.arm64).toBe("v0.0.2");
  });

  it("keeps every sm-crypto entry consistent with lib/domain/sm-libraries.ts and its sources", () => {
    const sm = kb.entries.filter((e) => e.kinds.includes("sm-crypto"));
    expect(sm.length).toBeGreaterThanOrEqual(3);
    for (const e of sm) {
      const facts = Object.values(SM_LIBRARY_FACTS).find((f) => f.modulePath === e.module);
      if (facts) {
        expect(e.maintenance === "maintained", e.module).toBe(facts.status === "maintained");
        for (const s of facts.sources) expect(e.source, e.module).toContain(s.split(" ")[0]);
        if (facts.status === "legacy") expect(e.replaceWith).toBe(SM_LIBRARY_FACTS.emmansun.modulePath);
        expect(e.provides).toEqual(expect.arrayContaining(["sm2", "sm3", "sm4"]));
      } else {
        expect(e.module, "an sm-crypto entry must be a library sm-libraries.ts knows").toBe(TLCP_LIBRARY.modulePath);
        expect(e.provides).toContain("tlcp");
        for (const s of TLCP_LIBRARY.sources) expect(e.source).toContain(s.split(" ")[0]);
      }
    }
    for (const f of Object.values(SM_LIBRARY_FACTS)) expect(sm.some((e) => e.module === f.modulePath), f.modulePath).toBe(true);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(kb)).toBe(true);
    expect(Object.isFrozen(kb.entries[0])).toBe(true);
    expect(() => (kb.entries as unknown[]).push({})).toThrow();
  });
});

describe("loadKnowledgeBase", () => {
  it("indexes exact and prefix entries; match honours the range", () => {
    const kb = loadKnowledgeBase(
      file(
        { ...good, module: "github.com/aws/aws-sdk-go-v2/", prefix: true },
        { ...good, module: "example.com/b", versions: "<v1.2.0", kinds: ["replace"], replaceWith: "example.com/c" },
      ),
    );
    expect(kb.entriesFor("github.com/aws/aws-sdk-go-v2/service/s3")).toHaveLength(1);
    expect(kb.entriesFor("github.com/aws/aws-sdk-go-v2")).toHaveLength(1);
    expect(kb.entriesFor("github.com/aws/aws-sdk-go-v2x")).toHaveLength(0);
    expect(kb.match("example.com/b", "v1.1.9")).toHaveLength(1);
    expect(kb.match("example.com/b", "v1.2.0")).toHaveLength(0);
    expect(kb.match("example.com/nothing", "v1.0.0")).toHaveLength(0);
    expect(kb.byModule.get("example.com/b")).toHaveLength(1);
  });

  it("normalises database to a list", () => {
    const kb = loadKnowledgeBase(file({ ...good, kinds: ["db-driver"], database: "dm", officialDriver: true }));
    expect(kb.entries[0]!.database).toEqual(["dm"]);
  });

  const bad: [string, unknown, RegExp][] = [
    ["unknown key", { ...good, extra: 1 }, /第 1 条（example.com\/a）/],
    ["bad range", { ...good, versions: ">=1.0" }, /versions/],
    ["no source", { ...good, source: [] }, /source/],
    ["source not a URL", { ...good, source: ["README"] }, /source/],
    ["no checked", { ...good, checked: undefined }, /checked/],
    ["bad checked", { ...good, checked: "2026/12/01" }, /checked/],
    ["empty kinds", { ...good, kinds: [] }, /kinds/],
    ["unknown kind", { ...good, kinds: ["magic"] }, /kinds/],
    ["arch-specific without fixedFor", { ...good, kinds: ["arch-specific"] }, /fixedFor/],
    ["fixedFor without arch-specific", { ...good, fixedFor: { arm64: "all" } }, /fixedFor/],
    ["bad fixed version", { ...good, kinds: ["arch-specific"], fixedFor: { arm64: "1.0" } }, /fixedFor/],
    ["unknown arch", { ...good, kinds: ["arch-specific"], fixedFor: { riscv64: "all" } }, /fixedFor/],
    ["sm-crypto without maintenance", { ...good, kinds: ["sm-crypto"], provides: ["sm2"] }, /maintenance/],
    ["bad maintenance", { ...good, kinds: ["sm-crypto"], provides: ["sm2"], maintenance: "dead" }, /maintenance/],
    ["db-driver without database", { ...good, kinds: ["db-driver"], officialDriver: false }, /database/],
    ["unknown database", { ...good, kinds: ["db-driver"], database: "oracle", officialDriver: false }, /database/],
    ["replace without replaceWith", { ...good, kinds: ["replace"] }, /replaceWith/],
    ["replace with itself", { ...good, kinds: ["replace"], replaceWith: "example.com/a" }, /replaceWith/],
    ["go-compat bad goFrom", { ...good, kinds: ["go-compat"], goCompat: { goFrom: "go1.18", fixedIn: "v1.0.0" } }, /goFrom/],
    ["not an object", 42, /第 1 条（（无 module））/],
  ];
  for (const [what, entry, message] of bad) {
    it(`refuses an entry with ${what}, naming it`, () => {
      expect(() => loadKnowledgeBase(file(entry))).toThrow(KnowledgeBaseError);
      expect(() => loadKnowledgeBase(file(entry))).toThrow(message);
    });
  }

  it("refuses duplicates, naming the later entry", () => {
    expect(() => loadKnowledgeBase(file(good, { ...good }))).toThrow(/第 2 条（example.com\/a）与前面的条目重复/);
  });

  it("refuses a malformed file", () => {
    for (const f of [null, [], {}, { version: "x", entries: [good] }, { version: "2026-12-01.1", entries: [] }, { ...file(good), more: 1 }])
      expect(() => loadKnowledgeBase(f)).toThrow(/知识库文件格式错误/);
  });
});
