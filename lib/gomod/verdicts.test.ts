/** Verdicts per module and the effects they imply, on the shipped knowledge base and on small ones. */
import { describe, expect, it } from "vitest";
import shipped from "@/data/gomod-knowledge.json";
import { loadKnowledgeBase } from "./knowledge";
import { CGO_KNOWLEDGE_CARD, ScanInputError, scanModules, type ScanInput } from "./verdicts";
import type { EffectiveModule } from "./types";

const kb = loadKnowledgeBase(shipped);
let line = 0;
const mod = (path: string, version: string, extra: Partial<EffectiveModule> = {}): EffectiveModule => ({
  path,
  version,
  indirect: false,
  line: ++line,
  ...extra,
});
const scan = (modules: ScanInput["modules"], arch: ScanInput["target"]["arch"] = "arm64", goDirective: string | null = "1.21", goFloor = "1.18") =>
  scanModules({ modules, goDirective, target: { arch, goFloor } }, kb);
const one = (m: EffectiveModule, arch: ScanInput["target"]["arch"] = "arm64", goFloor = "1.18") => scan([m], arch, "1.21", goFloor).findings[0]!;

describe("verdicts", () => {
  it("ok: a known pure-Go module, and a fixed version exactly at the boundary", () => {
    const f = one(mod("github.com/golang/snappy", "v0.0.2"));
    expect(f.verdict).toBe("ok");
    expect(f.entries[0]!.source[0]).toMatch(/porting-advisor/);
    expect(one(mod("github.com/cespare/xxhash/v2", "v2.1.0"), "loong64").verdict).toBe("ok");
  });

  it("upgrade: just below the fixed version, and a pseudo-version before it", () => {
    const below = one(mod("github.com/golang/snappy", "v0.0.1"));
    expect(below.verdict).toBe("upgrade");
    expect(below.upgradeTo).toBe("v0.0.2");
    expect(below.message).toContain("v0.0.2");
    const pseudo = one(mod("github.com/golang/snappy", "v0.0.2-0.20200101000000-abcdefabcdef"));
    expect(pseudo.verdict).toBe("upgrade");
    expect(one(mod("github.com/golang/snappy", "v0.0.0-20180518054509-2e65f85255db")).verdict).toBe("upgrade");
    expect(one(mod("github.com/golang/snappy", "v0.0.3-0.20200101000000-abcdefabcdef")).verdict).toBe("ok");
    // amd64 has no arm64 boundary
    expect(one(mod("github.com/golang/snappy", "v0.0.1"), "amd64").verdict).toBe("ok");
  });

  it("upgrade per architecture: modernc.org/sqlite on loong64, bbolt v1.3.6 vs v1.3.7", () => {
    expect(one(mod("modernc.org/sqlite", "v1.29.6"), "loong64").verdict).toBe("upgrade");
    expect(one(mod("modernc.org/sqlite", "v1.29.7"), "loong64").verdict).toBe("ok");
    expect(one(mod("modernc.org/sqlite", "v1.6.0"), "arm64").verdict).toBe("upgrade");
    expect(one(mod("go.etcd.io/bbolt", "v1.3.6"), "loong64").upgradeTo).toBe("v1.3.7");
    expect(one(mod("go.etcd.io/bbolt", "v1.3.7"), "loong64").verdict).toBe("ok");
  });

  it("upgrade on an atLeast boundary says the first good version is unverified", () => {
    const f = one(mod("github.com/shirou/gopsutil/v3", "v3.22.7"), "loong64");
    expect(f.verdict).toBe("upgrade");
    expect(f.message).toContain("首个可用版本未核实");
    expect(one(mod("github.com/shirou/gopsutil/v3", "v3.24.5"), "loong64").verdict).toBe("ok");
  });

  it("unknown: an architecture whose boundary is unverified", () => {
    const f = one(mod("golang.org/x/sys", "v0.1.0"), "loong64");
    expect(f.verdict).toBe("unknown");
    expect(f.message).toContain("未核实");
    expect(one(mod("golang.org/x/sys", "v0.0.0-20190412213103-97732733099d"), "arm64").verdict).toBe("ok");
  });

  it("needs-cgo: cgo modules, with a pure-Go alternative where one is sourced", () => {
    const f = one(mod("github.com/mattn/go-sqlite3", "v1.14.22"));
    expect(f.verdict).toBe("needs-cgo");
    expect(f.alternative).toBe("modernc.org/sqlite");
    expect(one(mod("gorm.io/driver/sqlite", "v1.5.0")).verdict).toBe("needs-cgo");
    expect(one(mod("github.com/confluentinc/confluent-kafka-go/v2", "v2.3.0"), "amd64").verdict).toBe("needs-cgo");
  });

  it("replace: tjfoc/gmsm, boltdb/bolt on loong64, go-redis by prefix, Shopify/sarama", () => {
    const t = one(mod("github.com/tjfoc/gmsm", "v1.4.1"));
    expect(t.verdict).toBe("replace");
    expect(t.replaceWith).toBe("github.com/emmansun/gmsm");
    expect(one(mod("github.com/boltdb/bolt", "v1.3.1"), "loong64").verdict).toBe("replace");
    expect(one(mod("github.com/go-redis/redis/v8", "v8.11.5")).replaceWith).toBe("github.com/redis/go-redis/v9");
    expect(one(mod("github.com/go-redis/redis", "v6.15.9+incompatible")).verdict).toBe("replace");
    expect(one(mod("github.com/Shopify/sarama", "v1.38.1")).replaceWith).toBe("github.com/IBM/sarama");
  });

  it("the most demanding fact wins: cgo + replace is replace", () => {
    const f = one(mod("github.com/tecbot/gorocksdb", "v0.0.0-20191217155057-f0fad39f321c"));
    expect(f.verdict).toBe("replace");
    expect(f.reasons.map((r) => r.verdict).sort()).toEqual(["needs-cgo", "replace"]);
  });

  it("go-compat: json-iterator below v1.1.12 needs an upgrade only when the Go floor is ≥ 1.18", () => {
    expect(one(mod("github.com/json-iterator/go", "v1.1.11"), "arm64", "1.18").verdict).toBe("upgrade");
    expect(one(mod("github.com/json-iterator/go", "v1.1.12"), "arm64", "1.18").verdict).toBe("ok");
    expect(one(mod("github.com/json-iterator/go", "v1.1.11"), "arm64", "1.17").verdict).toBe("ok");
  });

  it("unknown: not in the base, said to be assumed pure Go", () => {
    const f = one(mod("example.com/unknown", "v1.0.0"));
    expect(f.verdict).toBe("unknown");
    expect(f.message).toContain("按纯 Go 假定");
    expect(f.entries).toEqual([]);
  });

  it("a replaced module is judged by its replacement; a local replacement is unknown local code", () => {
    const r = one(mod("github.com/mattn/go-sqlite3", "v1.14.22", { replacedBy: { path: "modernc.org/sqlite", version: "v1.30.0", local: false } }), "loong64");
    expect(r.judged).toEqual({ path: "modernc.org/sqlite", version: "v1.30.0", local: false });
    expect(r.verdict).toBe("ok");
    expect(r.message).toContain("经 replace");
    const l = one(mod("github.com/mattn/go-sqlite3", "v1.14.22", { replacedBy: { path: "./sqlite", local: true } }));
    expect(l.verdict).toBe("unknown");
    expect(l.message).toContain("本地代码");
  });

  it("an unparsable version is unknown, not a crash", () => {
    expect(one(mod("github.com/golang/snappy", "master")).verdict).toBe("unknown");
  });

  it("excluded modules are not judged", () => {
    expect(scan([mod("github.com/mattn/go-sqlite3", "v1.14.0", { excluded: true } as never)]).findings).toHaveLength(0);
  });

  it("summary counts every verdict", () => {
    const r = scan([
      mod("github.com/golang/snappy", "v0.0.4"),
      mod("github.com/golang/snappy", "v0.0.1"),
      mod("github.com/mattn/go-sqlite3", "v1.14.0"),
      mod("github.com/tjfoc/gmsm", "v1.4.1"),
      mod("example.com/x", "v1.0.0"),
    ]);
    expect(r.summary).toEqual({ total: 5, ok: 1, upgrade: 1, "needs-cgo": 1, replace: 1, unknown: 1 });
    expect(r.knowledgeVersion).toBe("2026-12-01.1");
  });
});

describe("effects", () => {
  it("cgoRequired names the modules, the cross toolchain and the scheduler card", () => {
    const e = scan([mod("github.com/mattn/go-sqlite3", "v1.14.0"), mod("github.com/pebbe/zmq4", "v1.2.9")]).effects.cgoRequired;
    expect(e.required).toBe(true);
    expect(e.modules).toEqual(["github.com/mattn/go-sqlite3", "github.com/pebbe/zmq4"]);
    expect(e.knowledgeCard).toBe(CGO_KNOWLEDGE_CARD);
    expect(e.rule).toContain("CGO_ENABLED=1");
    const none = scan([mod("github.com/golang/snappy", "v0.0.4")]).effects.cgoRequired;
    expect(none).toMatchObject({ required: false, modules: [], knowledgeCard: null });
    expect(none.rule).toContain("CGO_ENABLED=0");
  });

  it("smLibrary probes emmansun at the project's version", () => {
    const e = scan([mod("github.com/emmansun/gmsm", "v0.29.5"), mod("gitee.com/Trisia/gotlcp", "v1.3.0")]).effects.smLibrary;
    expect(e.probe).toEqual({ library: "emmansun", module: "github.com/emmansun/gmsm", version: "v0.29.5" });
    expect(e.tlcp).toEqual({ module: "gitee.com/Trisia/gotlcp", version: "v1.3.0" });
    expect(e.unmaintained).toBe(false);
  });

  it("smLibrary flags tjfoc as unmaintained with the maintained alternative and gotlcp", () => {
    const e = scan([mod("github.com/tjfoc/gmsm", "v1.4.1")]).effects.smLibrary;
    expect(e.probe).toEqual({ library: "tjfoc", module: "github.com/tjfoc/gmsm", version: "v1.4.1" });
    expect(e.unmaintained).toBe(true);
    expect(e.rule).toContain("github.com/emmansun/gmsm");
    expect(e.rule).toContain("gotlcp");
  });

  it("smLibrary prefers emmansun when tjfoc only comes in indirectly (e.g. via the openGauss driver)", () => {
    const e = scan([mod("github.com/emmansun/gmsm", "v0.40.1"), mod("github.com/tjfoc/gmsm", "v1.4.1", { indirect: true })]).effects.smLibrary;
    expect(e.probe?.library).toBe("emmansun");
    expect(e.unmaintained).toBe(true);
    expect(e.rule).toContain("间接依赖");
  });

  it("smLibrary with none found recommends the maintained library", () => {
    const e = scan([]).effects.smLibrary;
    expect(e.probe).toBeNull();
    expect(e.rule).toContain("未发现国密库");
    expect(e.rule).toContain("github.com/emmansun/gmsm");
  });

  it("databases lists drivers and the 信创 databases not covered; a local vendor driver still counts", () => {
    const e = scan([
      mod("gitee.com/chunanyong/dm", "v1.8.22"),
      mod("github.com/go-sql-driver/mysql", "v1.9.3"),
      mod("kingbase.com/gokb", "v0.0.0", { replacedBy: { path: "./gokb", local: true } }),
    ]).effects.databases;
    expect(e.covered.sort()).toEqual(["dm", "kingbase", "oceanbase", "tidb-mysql"]);
    expect(e.notCovered).toEqual(["opengauss"]);
    expect(e.drivers.find((d) => d.module === "kingbase.com/gokb")?.local).toBe(true);
    expect(e.rule).toContain("openGauss");
    const none = scan([]).effects.databases;
    expect(none.notCovered).toEqual(["dm", "kingbase", "opengauss", "oceanbase"]);
  });

  it("goDirective against the floor; loong64 raises it to 1.19", () => {
    expect(scan([], "arm64", "1.17", "1.18").effects.goDirective).toMatchObject({ meetsFloor: false, floor: "1.18" });
    expect(scan([], "arm64", "1.18", "1.18").effects.goDirective.meetsFloor).toBe(true);
    expect(scan([], "arm64", "1.22.3", "1.18").effects.goDirective.meetsFloor).toBe(true);
    const loong = scan([], "loong64", "1.18", "1.18").effects.goDirective;
    expect(loong).toMatchObject({ floor: "1.19", meetsFloor: false });
    expect(loong.rule).toContain("loong64");
    expect(scan([], "loong64", "1.19", "1.18").effects.goDirective.meetsFloor).toBe(true);
    expect(scan([], "arm64", null).effects.goDirective).toMatchObject({ directive: null, meetsFloor: null });
  });
});

describe("bad input", () => {
  const bad: unknown[] = [
    null,
    {},
    { modules: "x", goDirective: null, target: { arch: "arm64", goFloor: "1.18" } },
    { modules: [], goDirective: null, target: { arch: "riscv64", goFloor: "1.18" } },
    { modules: [], goDirective: null, target: { arch: "arm64", goFloor: "go1.18" } },
    { modules: [], goDirective: "1.x", target: { arch: "arm64", goFloor: "1.18" } },
    { modules: [{ path: "", version: "v1.0.0", indirect: false, line: 1 }], goDirective: null, target: { arch: "arm64", goFloor: "1.18" } },
    { modules: [{ path: "a", version: "v1.0.0", indirect: "no", line: 1 }], goDirective: null, target: { arch: "arm64", goFloor: "1.18" } },
  ];
  for (const input of bad) {
    it(`refuses ${JSON.stringify(input)}`, () => {
      expect(() => scanModules(input as ScanInput, kb)).toThrow(ScanInputError);
    });
  }
});
