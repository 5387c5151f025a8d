import { describe, expect, it } from "vitest";
import { CPU_FAMILIES, CRYPTO_MODES, DATABASES, DEPENDENCY_KINDS, TARGET_OSES } from "@/lib/domain/catalog";
import { DecisionInputError } from "../errors";
import {
  DEPENDENCY_WEIGHTS,
  normalizeCouplingInverse,
  normalizeGoProficiency,
  normalizerTables,
  normalizeXinchuang,
  SERVICES_SHIPPED_TABLE,
} from "./index";

describe("the seed's worked examples (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2)", () => {
  it("麒麟V10 + 达梦DM8 → 0.92, with cpu/crypto absent or Phytium + none", () => {
    expect(normalizeXinchuang({ os: "kylin-v10", database: "dm8" }).value).toBe(0.92);
    expect(normalizeXinchuang({ os: "kylin-v10", database: "dm8", cpu: "phytium", crypto: "none" }).value).toBe(0.92);
  });

  it("3 Go microservices shipped in the last six months → 0.86", () => {
    expect(normalizeGoProficiency({ servicesLast6m: 3 }).value).toBe(0.86);
  });

  it("only 2 internal HTTP interfaces → 0.78", () => {
    expect(normalizeCouplingInverse([{ kind: "internal-http", count: 2 }]).value).toBe(0.78);
  });
});

describe("normalizeXinchuang", () => {
  it("stays in [0, 1] for every combination of the catalog", () => {
    for (const os of TARGET_OSES)
      for (const database of DATABASES)
        for (const cpu of [undefined, ...CPU_FAMILIES])
          for (const crypto of [undefined, ...CRYPTO_MODES]) {
            const { value } = normalizeXinchuang({ os, database, cpu, crypto });
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
            expect(Math.round(value * 100) / 100).toBe(value);
          }
  });

  it("scores non-domestic stacks below the 0.70 threshold", () => {
    expect(normalizeXinchuang({ os: "centos-7", database: "mysql" }).value).toBeLessThan(0.7);
    expect(normalizeXinchuang({ os: "kylin-v10", database: "oracle" }).value).toBeLessThan(0.7);
    expect(normalizeXinchuang({ os: "kylin-v10", database: "dm8", cpu: "x86-foreign" }).value).toBeLessThan(0.7);
  });

  it("takes the OS alone when the database is embedded or absent", () => {
    expect(normalizeXinchuang({ os: "kylin-v10", database: "none" })).toMatchObject({ value: 0.95, databaseScore: null });
    expect(normalizeXinchuang({ os: "uos-20", database: "sqlite" }).value).toBe(0.95);
  });

  it("records whether the CPU was assessed, and never scores the SM-crypto requirement", () => {
    expect(normalizeXinchuang({ os: "kylin-v10", database: "dm8" }).cpuAssessed).toBe(false);
    for (const crypto of CRYPTO_MODES) {
      expect(normalizeXinchuang({ os: "kylin-v10", database: "dm8", crypto })).toMatchObject({ value: 0.92 });
      expect(normalizeXinchuang({ os: "kylin-v10", database: "none", crypto }).value).toBe(0.95);
    }
    expect(() => normalizeXinchuang({ os: "kylin-v10", database: "dm8", crypto: "sm9" as never })).toThrow(
      expect.objectContaining({ path: ["facts", "xinchuang", "crypto"] }),
    );
  });

  it("scores the 信创 databases and Anolis OS the catalog added, above the threshold on a domestic stack", () => {
    const added = ["goldendb", "tdsql", "gbase-8s", "gbase-8c", "gbase-8a", "shentong", "highgo"] as const;
    for (const database of added) {
      const { value } = normalizeXinchuang({ os: "kylin-v10", database, cpu: "phytium" });
      expect(value).toBeGreaterThanOrEqual(0.9);
      expect(value).toBeLessThanOrEqual(0.92);
      expect(normalizeXinchuang({ os: "kylin-v10", database }).value).toBeGreaterThan(normalizeXinchuang({ os: "kylin-v10", database: "postgresql" }).value);
    }
    expect(normalizeXinchuang({ os: "kylin-v10", database: "goldendb" }).value).toBe(0.91);
    expect(normalizeXinchuang({ os: "kylin-v10", database: "highgo" }).value).toBe(0.92);
    expect(normalizeXinchuang({ os: "anolis-8", database: "dm8", cpu: "hygon" }).value).toBe(0.9);
    expect(normalizeXinchuang({ os: "anolis-8", database: "sqlite" }).value).toBe(0.9);
  });

  it("keeps every non-信创 OS or x86 CPU below 0.70 whatever the database, and PostgreSQL/MySQL/Oracle on Kylin too", () => {
    for (const database of DATABASES) {
      for (const os of ["centos-7", "other-linux"] as const) expect(normalizeXinchuang({ os, database }).value).toBeLessThan(0.7);
      for (const os of TARGET_OSES) expect(normalizeXinchuang({ os, database, cpu: "x86-foreign" }).value).toBeLessThan(0.7);
    }
    expect(normalizeXinchuang({ os: "kylin-v10", database: "postgresql" }).value).toBe(0.68);
    expect(normalizeXinchuang({ os: "kylin-v10", database: "mysql" }).value).toBe(0.63);
    expect(normalizeXinchuang({ os: "kylin-v10", database: "oracle" }).value).toBe(0.58);
    expect(normalizeXinchuang({ os: "centos-7", database: "dm8" }).value).toBe(0.6);
    expect(normalizeXinchuang({ os: "kylin-v10", database: "none", cpu: "x86-foreign" }).value).toBe(0.67);
  });

  it("throws a typed error on unknown values", () => {
    expect(() => normalizeXinchuang({ os: "windows" as never, database: "dm8" })).toThrow(DecisionInputError);
    expect(() => normalizeXinchuang({ os: "kylin-v10", database: "dm8", cpu: "m1" as never })).toThrow(
      expect.objectContaining({ path: ["facts", "xinchuang", "cpu"] }),
    );
  });
});

describe("normalizeGoProficiency", () => {
  it("is a monotone table from 0.30 to 0.95", () => {
    const values = Array.from({ length: 12 }, (_, n) => normalizeGoProficiency({ servicesLast6m: n }).value);
    expect(values[0]).toBe(0.3);
    expect(values[6]).toBe(0.95);
    expect(values[11]).toBe(0.95);
    for (let i = 1; i < values.length; i += 1) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1] as number);
    expect(SERVICES_SHIPPED_TABLE[3]).toBe(0.86);
  });

  it("adjusts by team levels within ±0.05 and stays in [0.30, 0.95]", () => {
    expect(normalizeGoProficiency({ servicesLast6m: 3, levels: { junior: 0, mid: 0, senior: 4 } }).value).toBe(0.91);
    expect(normalizeGoProficiency({ servicesLast6m: 3, levels: { junior: 4, mid: 0, senior: 0 } }).value).toBe(0.81);
    expect(normalizeGoProficiency({ servicesLast6m: 3, levels: { junior: 1, mid: 2, senior: 1 } }).value).toBe(0.86);
    expect(normalizeGoProficiency({ servicesLast6m: 3, levels: { junior: 0, mid: 0, senior: 0 } }).value).toBe(0.86);
    expect(normalizeGoProficiency({ servicesLast6m: 0, levels: { junior: 5, mid: 0, senior: 0 } }).value).toBe(0.3);
    expect(normalizeGoProficiency({ servicesLast6m: 9, levels: { junior: 0, mid: 0, senior: 5 } }).value).toBe(0.95);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects servicesLast6m = %s", (servicesLast6m) => {
    expect(() => normalizeGoProficiency({ servicesLast6m })).toThrow(DecisionInputError);
  });
});

describe("normalizeCouplingInverse", () => {
  it("is 1.00 with no dependencies and never reaches 0.10", () => {
    expect(normalizeCouplingInverse([]).value).toBe(1);
    expect(normalizeCouplingInverse([{ kind: "shared-database", count: 100 }])).toMatchObject({ value: 0.11, floored: true });
  });

  it("sums weights × counts, merging repeated kinds", () => {
    expect(normalizeCouplingInverse([{ kind: "internal-http", count: 1 }, { kind: "internal-http", count: 1 }]).value).toBe(0.78);
    expect(normalizeCouplingInverse([{ kind: "internal-http", count: 3 }]).value).toBe(0.67);
    expect(normalizeCouplingInverse([{ kind: "message-queue", count: 2 }, { kind: "shared-database", count: 1 }]).value).toBe(0.61);
  });

  it("has a weight for every dependency kind", () => {
    expect(Object.keys(DEPENDENCY_WEIGHTS).sort()).toEqual([...DEPENDENCY_KINDS].sort());
    expect(DEPENDENCY_WEIGHTS["internal-http"].weight).toBe(0.11);
  });

  it("rejects negative or fractional counts and unknown kinds, with the entry's path", () => {
    expect(() => normalizeCouplingInverse([{ kind: "internal-http", count: -1 }])).toThrow(
      expect.objectContaining({ path: ["facts", "couplingInverse", "dependencies", 0] }),
    );
    expect(() => normalizeCouplingInverse([{ kind: "ftp" as never, count: 1 }])).toThrow(DecisionInputError);
  });
});

describe("normalizerTables", () => {
  const tables = normalizerTables();
  const allRows = [
    ...tables.xinchuang.os,
    ...tables.xinchuang.database,
    ...tables.xinchuang.cpu,
    ...tables.xinchuang.crypto,
    ...tables.goProficiency.servicesShipped,
    ...tables.couplingInverse.weights,
    ...tables.thresholds,
    ...tables.weights,
    tables.goProficiency.range,
    tables.goProficiency.levelAdjustment,
    tables.couplingInverse.floor,
  ];

  it("exports every table with Chinese labels, one row per catalog value", () => {
    expect(tables.xinchuang.os.find((row) => row.key === "kylin-v10")).toMatchObject({ label: "银河麒麟 V10", value: 0.95, origin: "product" });
    expect(tables.xinchuang.os.map((row) => row.key)).toEqual([...TARGET_OSES]);
    expect(tables.xinchuang.database.map((row) => row.key)).toEqual([...DATABASES]);
    expect(tables.xinchuang.cpu.map((row) => row.key)).toEqual([...CPU_FAMILIES]);
    expect(tables.xinchuang.crypto.map((row) => row.key)).toEqual([...CRYPTO_MODES]);
    expect(tables.goProficiency.servicesShipped.at(-1)).toMatchObject({ services: 6, orMore: true, value: 0.95 });
    expect(tables.couplingInverse.weights).toHaveLength(DEPENDENCY_KINDS.length);
    expect(tables.couplingInverse.floor.value).toBe(0.11);
  });

  it("marks every row 原文 (with its section) or 本产品补全 (with its reasoning)", () => {
    for (const row of allRows) {
      expect(["article", "product"]).toContain(row.origin);
      expect(row.basis.length).toBeGreaterThan(5);
      if (row.origin === "article") expect(row.seedSection).toMatch(/^(§\d\.\d|第一章)/);
      expect(row.basis).not.toMatch(/seed 0\d\d/);
    }
    expect(tables.origins).toEqual({ article: "原文", product: "本产品补全" });
    expect(tables.source.title).toContain("Golang 天津技术栈选型决策树");
  });

  it("marks as 原文 exactly the article's figures: 3 services → 0.86, the HTTP weight, thresholds, weights, ranges", () => {
    const seedServices = tables.goProficiency.servicesShipped.filter((row) => row.origin === "article");
    expect(seedServices).toEqual([expect.objectContaining({ services: 3, value: 0.86, seedSection: "§4.2" })]);
    expect(tables.couplingInverse.weights.filter((row) => row.origin === "article").map((row) => row.kind)).toEqual(["internal-http"]);
    expect(tables.xinchuang.os.every((row) => row.origin === "product")).toBe(true);
    expect(tables.xinchuang.database.every((row) => row.origin === "product")).toBe(true);
    expect(tables.thresholds.map((row) => [row.factor, row.value, row.origin])).toEqual([
      ["xinchuang", 0.7, "article"],
      ["goProficiency", 0.75, "article"],
      ["couplingInverse", 0.6, "article"],
    ]);
    expect(tables.weights.map((row) => row.value)).toEqual([0.4, 0.35, 0.25]);
    expect(tables.goProficiency.range).toMatchObject({ min: 0.3, max: 0.95, origin: "article" });
  });

  it("gives the product's reasoning for every database and OS the catalog added", () => {
    for (const key of ["goldendb", "tdsql", "gbase-8s", "gbase-8c", "gbase-8a", "shentong", "highgo"]) {
      const row = tables.xinchuang.database.find((r) => r.key === key);
      expect(row).toMatchObject({ origin: "product" });
      expect(row?.basis).toContain("原文未提及");
    }
    expect(tables.xinchuang.os.find((r) => r.key === "anolis-8")).toMatchObject({ origin: "product", value: 0.9 });
  });

  it("recomputes the article's worked examples", () => {
    expect(tables.examples.xinchuang).toMatchObject({ value: 0.92, seedValue: 0.92, steps: "(0.95 + 0.89) ÷ 2 × CPU 系数 1.00 = 0.92" });
    expect(tables.examples.goProficiency).toMatchObject({ value: 0.86, seedValue: 0.86 });
    expect(tables.examples.couplingInverse).toMatchObject({ value: 0.78, seedValue: 0.78 });
  });

  it("says the SM requirement is a separate check, not a score", () => {
    for (const row of tables.xinchuang.crypto) expect(row.check).toContain("不计入信创适配度");
    expect(tables.xinchuang.rule).toContain("国密要求不计分");
  });
});
