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

describe("the seed's worked examples (seed 001 §4.2)", () => {
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

  it("records whether the CPU was assessed, and the SM-crypto bonus is capped at 1", () => {
    expect(normalizeXinchuang({ os: "kylin-v10", database: "dm8" }).cpuAssessed).toBe(false);
    expect(normalizeXinchuang({ os: "kylin-v10", database: "dm8", crypto: "sm-tls13" }).value).toBe(0.94);
    expect(normalizeXinchuang({ os: "kylin-v10", database: "none", crypto: "sm-tlcp" }).value).toBe(0.97);
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
  it("exports every table with Chinese labels for the UI", () => {
    const tables = normalizerTables();
    expect(tables.xinchuang.os.find((row) => row.key === "kylin-v10")).toMatchObject({ label: "银河麒麟 V10", value: 0.95 });
    expect(tables.xinchuang.database).toHaveLength(DATABASES.length);
    expect(tables.goProficiency.servicesShipped.at(-1)).toMatchObject({ services: 6, orMore: true, value: 0.95 });
    expect(tables.couplingInverse.weights).toHaveLength(DEPENDENCY_KINDS.length);
    expect(tables.couplingInverse.floor).toBe(0.11);
  });
});
