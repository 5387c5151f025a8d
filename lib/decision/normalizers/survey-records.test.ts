/**
 * The shipped survey records (data/enterprises.json, a reconstruction — docs/decisions/003) agree
 * with the product's own normalizers: every stored 信创适配度 and Go 熟练度 is what the normalizer
 * gives for the record's own inputs, and every 耦合度倒数 is a value the normalizer can give.
 *
 * A record has no database column, so its note names the database the reconstruction assumed
 * (「数据库「…」」) and the test recomputes with it. A record whose stored factor cannot come from
 * the normalizers (an article's figure, say) must say so in its note (EXCEPTION_MARK) and be
 * listed in ALLOWED_EXCEPTIONS — today there are none.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadShippedData } from "@/lib/db/shipped-data";
import { DATABASE_LABELS, DATABASES, DEPENDENCY_KINDS, type Database } from "@/lib/domain/catalog";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import { DEPENDENCY_WEIGHTS, normalizeCouplingInverse, normalizeGoProficiency, normalizeXinchuang } from "./index";

const { enterprises } = loadShippedData(path.resolve(__dirname, "..", "..", ".."));

/** What a note says when a stored factor is kept although the normalizers cannot give it. */
const EXCEPTION_MARK = "不经换算";
const ALLOWED_EXCEPTIONS: readonly string[] = [];

const DATABASE_BY_LABEL = new Map<string, Database>(DATABASES.map((key) => [DATABASE_LABELS[key], key]));

/** The database a record's note names, or null. */
function assumedDatabase(note: string | null): Database | null {
  const match = note?.match(/数据库「([^」]+)」/);
  return (match && DATABASE_BY_LABEL.get(match[1] as string)) ?? null;
}

/** Every coupling-inverse value the normalizer can give: all dependency counts up to the floor. */
function reachableCouplingValues(): Set<number> {
  const reachable = new Set<number>();
  const counts = DEPENDENCY_KINDS.map(() => 0);
  const walk = (index: number, penalty: number) => {
    if (index === DEPENDENCY_KINDS.length) {
      reachable.add(normalizeCouplingInverse(DEPENDENCY_KINDS.map((kind, i) => ({ kind, count: counts[i] as number }))).value);
      return;
    }
    const weight = DEPENDENCY_WEIGHTS[DEPENDENCY_KINDS[index] as (typeof DEPENDENCY_KINDS)[number]].weight;
    for (let count = 0; penalty + count * weight <= 0.9 + 1e-9; count += 1) {
      counts[index] = count;
      walk(index + 1, penalty + count * weight);
    }
    counts[index] = 0;
  };
  walk(0, 0);
  return reachable;
}

interface Mismatch {
  code: string;
  factor: string;
  stored: number | null;
  computed: number | string;
}

function check(record: EnterpriseRecord, coupling: Set<number>): Mismatch[] {
  const out: Mismatch[] = [];
  const excepted = record.note?.includes(EXCEPTION_MARK) ?? false;
  if (record.xinchuang !== null) {
    const database = assumedDatabase(record.note);
    if (record.targetOs === null) out.push({ code: record.code, factor: "xinchuang", stored: record.xinchuang, computed: "记录没有操作系统" });
    else if (database === null) out.push({ code: record.code, factor: "xinchuang", stored: record.xinchuang, computed: "备注没有写明数据库" });
    else {
      const computed = normalizeXinchuang({ os: record.targetOs, database, cpu: record.cpu ?? undefined }).value;
      if (computed !== record.xinchuang) out.push({ code: record.code, factor: "xinchuang", stored: record.xinchuang, computed });
    }
  }
  if (record.goProficiency !== null) {
    if (record.goServicesLast6m === null) out.push({ code: record.code, factor: "goProficiency", stored: record.goProficiency, computed: "记录没有近半年交付数" });
    else {
      const computed = normalizeGoProficiency({ servicesLast6m: record.goServicesLast6m }).value;
      if (computed !== record.goProficiency) out.push({ code: record.code, factor: "goProficiency", stored: record.goProficiency, computed });
    }
  }
  if (record.couplingInverse !== null && !coupling.has(record.couplingInverse)) {
    out.push({ code: record.code, factor: "couplingInverse", stored: record.couplingInverse, computed: "任何依赖组合都得不到" });
  }
  return excepted ? [] : out;
}

describe("the shipped survey records agree with the normalizers", () => {
  const coupling = reachableCouplingValues();

  it("finds the reachable coupling values (sanity): 0.78 for 2 HTTP, 1.00 for none, never 0.99", () => {
    expect(coupling.has(0.78)).toBe(true);
    expect(coupling.has(1)).toBe(true);
    expect(coupling.has(0.11)).toBe(true);
    expect(coupling.has(0.99)).toBe(false);
  });

  it("parses the assumed database from a note, and only a catalog label", () => {
    expect(assumedDatabase("换算：数据库「达梦 DM8」为重构假设")).toBe("dm8");
    expect(assumedDatabase("数据库「SQLite（嵌入式）」")).toBe("sqlite");
    expect(assumedDatabase("数据库「DB2」")).toBeNull();
    expect(assumedDatabase(null)).toBeNull();
  });

  it("recomputes every record's 信创适配度 and Go 熟练度 from its own inputs, with no mismatch", () => {
    const mismatches = enterprises.flatMap((record) => check(record, coupling));
    expect(mismatches).toEqual([]);
  });

  it("allows exceptions only where listed, each saying so in its note", () => {
    const excepted = enterprises.filter((r) => r.note?.includes(EXCEPTION_MARK)).map((r) => r.code);
    expect(excepted).toEqual(ALLOWED_EXCEPTIONS);
  });

  it("names the SM requirement nowhere in the score: sm and none records on the same stack score the same", () => {
    const withSm = enterprises.find((r) => r.code === "TJ-01");
    expect(withSm).toMatchObject({ targetOs: "kylin-v10", cpu: "phytium", crypto: "sm-tls13", xinchuang: 0.92 });
  });
});
