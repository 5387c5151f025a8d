/**
 * 信创适配度 from the target environment (seed 001 §4.2 worked example: 麒麟V10 + 达梦V8 → 0.92).
 *
 *   xinchuang = mean(OS score, database score) × CPU factor × crypto factor, clamped to [0, 1],
 *   rounded to 2 decimals.
 *
 * The OS and database tables are anchored on the seed's example (0.95 and 0.89 average to 0.92).
 * A database that is not a separate product on the target (embedded SQLite, or none) carries no
 * 信创 risk of its own, so only the OS is averaged. An absent CPU is not assessed (factor 1.00,
 * and the evaluation warns), which keeps the worked example at 0.92 with or without Phytium.
 */
import {
  CPU_FAMILY_LABELS,
  CRYPTO_MODE_LABELS,
  DATABASE_LABELS,
  TARGET_OS_LABELS,
  type CpuFamily,
  type CryptoMode,
  type Database,
  type TargetOs,
} from "@/lib/domain/catalog";
import type { XinchuangFacts } from "@/lib/validations/evaluate";
import { DecisionInputError } from "../errors";
import { clamp, round2 } from "./round";

/** Domestic OSes on the 信创 lists score high; EOL / foreign ones low (seed 001 §1, §2.3). */
export const OS_SCORES: Readonly<Record<TargetOs, number>> = Object.freeze({
  "kylin-v10": 0.95,
  "uos-20": 0.95,
  "openeuler-22.03": 0.93,
  "openeuler-20.03": 0.88,
  "centos-7": 0.3,
  "other-linux": 0.3,
});

/** `null`: not a separate product on the target, so not averaged in. */
export const DATABASE_SCORES: Readonly<Record<Database, number | null>> = Object.freeze({
  dm8: 0.89,
  kingbase: 0.89,
  opengauss: 0.88,
  oceanbase: 0.87,
  tidb: 0.85,
  polardb: 0.85,
  postgresql: 0.4,
  mysql: 0.3,
  oracle: 0.2,
  sqlite: null,
  none: null,
});

/** Domestic CPUs keep the score; Loongson's thinner cgo ecosystem costs a little; foreign CPUs a lot. */
export const CPU_FACTORS: Readonly<Record<CpuFamily, number>> = Object.freeze({
  phytium: 1,
  kunpeng: 1,
  hygon: 1,
  loongson: 0.97,
  "arm-foreign": 0.85,
  "x86-foreign": 0.7,
});

/** A target that mandates SM2/SM3/SM4 end to end is a deeper 信创 environment (seed 001 §2.3 密评). */
export const CRYPTO_FACTORS: Readonly<Record<CryptoMode, number>> = Object.freeze({
  none: 1,
  "sm-tls13": 1.02,
  "sm-tlcp": 1.02,
});

export const XINCHUANG_RULE =
  "信创适配度 = 平均(操作系统分, 数据库分) × CPU 系数 × 国密系数，截断到 [0, 1] 后保留两位小数；嵌入式 SQLite 或无数据库时只取操作系统分；未提供 CPU 时不评估（系数 1.00）";

export type XinchuangDetails = {
  osScore: number;
  databaseScore: number | null;
  cpuFactor: number;
  cryptoFactor: number;
  cpuAssessed: boolean;
};

export type NormalizedXinchuang = XinchuangDetails & { value: number };

function lookup<K extends string, V>(table: Readonly<Record<K, V>>, key: K, label: string, path: string): V {
  if (!Object.hasOwn(table, key)) {
    throw new DecisionInputError("INVALID_FACTS", `未知的${label}：${String(key)}`, ["facts", "xinchuang", path]);
  }
  return table[key];
}

export function normalizeXinchuang(facts: XinchuangFacts): NormalizedXinchuang {
  const osScore = lookup(OS_SCORES, facts.os, "操作系统", "os");
  const databaseScore = lookup(DATABASE_SCORES, facts.database, "数据库", "database");
  const cpuAssessed = facts.cpu !== undefined;
  const cpuFactor = cpuAssessed ? lookup(CPU_FACTORS, facts.cpu as CpuFamily, "CPU", "cpu") : 1;
  const cryptoFactor = facts.crypto === undefined ? 1 : lookup(CRYPTO_FACTORS, facts.crypto, "国密要求", "crypto");
  const base = databaseScore === null ? osScore : (osScore + databaseScore) / 2;
  const value = round2(clamp(base * cpuFactor * cryptoFactor, 0, 1));
  return { value, osScore, databaseScore, cpuFactor, cryptoFactor, cpuAssessed };
}

/** The tables as rows the UI can show, with Chinese labels. */
export function xinchuangTables() {
  const rows = <K extends string, V>(table: Readonly<Record<K, V>>, labels: Record<K, string>) =>
    (Object.keys(table) as K[]).map((key) => ({ key, label: labels[key], value: table[key] }));
  return {
    rule: XINCHUANG_RULE,
    os: rows(OS_SCORES, TARGET_OS_LABELS),
    database: rows(DATABASE_SCORES, DATABASE_LABELS),
    cpu: rows(CPU_FACTORS, CPU_FAMILY_LABELS),
    crypto: rows(CRYPTO_FACTORS, CRYPTO_MODE_LABELS),
  };
}
