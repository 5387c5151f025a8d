/**
 * 信创适配度 from the target environment (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2 worked example: 麒麟V10 + 达梦V8 → 0.92).
 *
 *   xinchuang = mean(OS score, database score) × CPU factor, clamped to [0, 1], rounded to 2 decimals.
 *
 * The article's rule names only the OS and the database; the split of its 0.92 into 0.95 (Kylin)
 * and 0.89 (DM8) is this product's, and so is every other score (each row says why). A database
 * that is not a separate product on the target (embedded SQLite, or none) carries no 信创 risk of
 * its own, so only the OS counts. An absent CPU is not assessed (factor 1.00, and the evaluation
 * warns), which keeps the worked example at 0.92 with or without Phytium.
 *
 * The SM-crypto requirement does NOT change the score. An earlier version multiplied by 1.02 for
 * SM2/SM3/SM4 targets, which turned the article's own example into 0.94 in the questionnaire; the
 * article gives no such bonus. 国密 is checked on its own instead: the engine's SM_CRYPTO_MISSING
 * risk (finance and government without SM) and the check script's SM2 build-and-run step.
 */
import {
  CPU_FAMILIES,
  CPU_FAMILY_LABELS,
  CRYPTO_MODE_LABELS,
  CRYPTO_MODES,
  DATABASE_LABELS,
  DATABASES,
  TARGET_OS_LABELS,
  TARGET_OSES,
  type CpuFamily,
  type CryptoMode,
  type Database,
  type TargetOs,
} from "@/lib/domain/catalog";
import type { XinchuangFacts } from "@/lib/validations/evaluate";
import { DecisionInputError } from "../errors";
import { productFigure, seedFigure, type Provenance } from "./origin";
import { clamp, round2 } from "./round";

type Scored<V> = Provenance & { value: V };

const WORKED_EXAMPLE = "原文 §4.2 只给出组合分：麒麟V10 + 达梦V8 → 0.92";

/** OS scores. Domestic systems high, non-信创 ones low enough that no database lifts them past 0.70. */
export const OS_TABLE: Readonly<Record<TargetOs, Scored<number>>> = Object.freeze({
  "kylin-v10": {
    value: 0.95,
    ...productFigure(
      `${WORKED_EXAMPLE}；本产品把它拆成麒麟 0.95、达梦 0.89（平均 0.92）。麒麟取国产系统的最高档，因为第一章写明天津政务云须运行于麒麟 V10 SP3 + 飞腾`,
      "§4.2、第一章",
    ),
  },
  "uos-20": { value: 0.95, ...productFigure("与麒麟 V10 同为主流国产商业发行版，同档") },
  "openeuler-22.03": {
    value: 0.93,
    ...productFigure("国产开源社区发行版的长期支持版；不是天津政务云指定的麒麟 V10 SP3，比麒麟、统信低 0.02"),
  },
  "openeuler-20.03": { value: 0.88, ...productFigure("较早的长期支持版，基线更旧，比 22.03 再低 0.05") },
  // OpenAnolis community, started in 2020 by Alibaba Cloud with other vendors (https://www.27nk.com/108166.html);
  // Anolis OS 8 ships x86_64 and aarch64 builds (https://docs.nvidia.com/networking/display/MLNXOFEDv24040660/General+Support).
  "anolis-8": {
    value: 0.9,
    ...productFigure(
      "龙蜥（OpenAnolis 社区）国产开源发行版，有 x86_64 与 aarch64 版本，常用于替换 CentOS；原文未提及。与 openEuler 同为社区发行版，本产品暂取两个 openEuler 长期支持版之间的 0.90；检查脚本尚无龙蜥目标",
    ),
  },
  "centos-7": {
    value: 0.3,
    ...productFigure("非信创系统：取 0.30，使任何数据库的组合都低于 0.70 的门槛（最高为 CentOS 7 + 达梦 0.60）"),
  },
  "other-linux": { value: 0.3, ...productFigure("非信创系统，与 CentOS 7 同档") },
});

/** Database scores; `null`: not a separate product on the target, so not averaged in. */
export const DATABASE_TABLE: Readonly<Record<Database, Scored<number | null>>> = Object.freeze({
  dm8: { value: 0.89, ...productFigure(`${WORKED_EXAMPLE}；达梦取 0.89，与麒麟 0.95 平均为 0.92`, "§4.2") },
  kingbase: { value: 0.89, ...productFigure("与达梦同为集中式国产数据库，同档") },
  opengauss: {
    value: 0.88,
    ...productFigure("国产数据库，内核源自开源 PostgreSQL：可借用 PostgreSQL 的生态与驱动，比达梦、金仓低 0.01"),
  },
  oceanbase: { value: 0.87, ...productFigure("国产分布式数据库：迁移要处理分片与分布式事务，比集中式国产库低 0.02") },
  tidb: { value: 0.85, ...productFigure("MySQL 协议兼容的分布式数据库，本产品取分布式一档的下沿") },
  polardb: { value: 0.85, ...productFigure("云厂商的 MySQL / PostgreSQL 兼容云数据库，与 TiDB 同档") },
  // ZTE's financial distributed database, MySQL-compatible
  // (https://www.besthub.dev/articles/goldendb-high-performance-distributed-database-powering-financial-services-ce13ad77027f).
  goldendb: {
    value: 0.87,
    ...productFigure("中兴的金融级分布式数据库，兼容 MySQL，银行业多用；原文未提及。与 OceanBase 同为国产分布式金融库，同档"),
  },
  // Tencent's distributed database; TDSQL MySQL 版 shards horizontally, shared nothing
  // (https://www.tencentcloud.com/document/product/1226/76588, https://cloud.tencent.com/document/product/629/46650).
  tdsql: {
    value: 0.85,
    ...productFigure("腾讯的分布式数据库（有 MySQL 版等），银行业有使用；原文未提及。与 TiDB、PolarDB 同为 MySQL 兼容的分布式/云数据库，同档"),
  },
  // GBase 8s product documentation (http://aom.gbase.cn/biyingAom/gbase-index-39/gbaseknowledgetext12007.html).
  "gbase-8s": {
    value: 0.87,
    ...productFigure(
      "南大通用的集中式国产数据库，原文未提及。本产品未查到它的 Go 驱动的公开资料（未知），接入方式须在目标环境验证，因此比达梦、金仓低 0.02",
    ),
  },
  // GBase 8c is built on openGauss 3.0, distributed (https://blog.csdn.net/qq_29567379/article/details/130000812).
  "gbase-8c": { value: 0.88, ...productFigure("南大通用基于 openGauss 构建的分布式数据库，原文未提及；与 openGauss 同档") },
  // GBase 8a MPP Cluster technical white paper (http://aom.gbase.cn/biyingAom/gbase-index-52/gbaseknowledgetext2668.html).
  "gbase-8a": {
    value: 0.85,
    ...productFigure("南大通用的分析型 MPP 集群（数据仓库），原文未提及；作 Go 服务的主库少见，本产品取国产库的下沿 0.85"),
  },
  // 神舟通用 database; a Go integration write-up exists (https://datasea.cn/go0921155282.html), driver details unknown.
  shentong: {
    value: 0.87,
    ...productFigure("神舟通用的集中式国产数据库，原文未提及；Go 接入方式本产品未核实（未知），须在目标环境验证，与 GBase 8s 同档"),
  },
  // Built on the PostgreSQL kernel; clients connect with PostgreSQL drivers (https://help.fanruan.com/finereport-en/doc-view-5481.html).
  highgo: {
    value: 0.88,
    ...productFigure("瀚高的国产数据库，内核源自 PostgreSQL，可按 PostgreSQL 协议接入；原文未提及。与 openGauss 同档"),
  },
  postgresql: {
    value: 0.4,
    ...productFigure("开源社区版，非国产发行：取 0.40，使麒麟 + PostgreSQL 为 0.68，低于 0.70 的门槛"),
  },
  mysql: { value: 0.3, ...productFigure("境外厂商的开源数据库，非信创：麒麟 + MySQL 为 0.63") },
  oracle: { value: 0.2, ...productFigure("境外商业数据库，国产化替代的对象：麒麟 + Oracle 为 0.58") },
  sqlite: { value: null, ...productFigure("嵌入式数据库，随 Go 二进制发布，不是目标环境上的独立产品：不计分，只取操作系统分") },
  none: { value: null, ...productFigure("没有数据库：只取操作系统分") },
});

/** Domestic CPUs keep the score; Loongson's thinner cgo ecosystem costs a little; foreign CPUs a lot. */
export const CPU_TABLE: Readonly<Record<CpuFamily, Scored<number>>> = Object.freeze({
  phytium: {
    value: 1,
    ...productFigure("第一章：天津政务云为麒麟 V10 SP3 + 飞腾 FT-2000/4。取 1.00，原文示例在飞腾上仍为 0.92", "第一章"),
  },
  kunpeng: { value: 1, ...productFigure("国产 ARM64 CPU，与飞腾同档") },
  hygon: { value: 1, ...productFigure("国产 x86-64 CPU，与飞腾同档") },
  // Go supports linux/loong64 from Go 1.19 (https://go.dev/doc/go1.19#loong64).
  loongson: {
    value: 0.97,
    ...productFigure("国产 CPU，但 LoongArch64 须 Go 1.19 起，cgo 依赖的 C 库较少：扣 3%"),
  },
  "arm-foreign": { value: 0.85, ...productFigure("非信创 ARM64：Go 代码与 arm64 构建可复用，但不算国产硬件，扣 15%") },
  "x86-foreign": {
    value: 0.7,
    ...productFigure("非信创 x86（Intel/AMD）：扣 30%，使任何 OS 与数据库的组合都低于 0.70（最高 0.67）"),
  },
});

/** What each SM mode means for the result. It never changes 信创适配度 (see the file comment). */
export const CRYPTO_TABLE: Readonly<Record<CryptoMode, Provenance & { check: string }>> = Object.freeze({
  none: {
    check: "不计入信创适配度。金融、政务选择此项时，结果把缺少国密列为风险",
    ...productFigure("国密是单独的显式检查，不是加分项：原文 §4.2 的规则只看操作系统与数据库"),
  },
  "sm-tls13": {
    check: "不计入信创适配度。结果推荐国密库，检查脚本验证 SM2 编译与运行",
    ...seedFigure("第一章", "第一章：滨海新区金融客户强制 TLS 1.3 + 国密 SM2/SM4 双模支持（要求出自原文，不计分是本产品的规则）"),
  },
  "sm-tlcp": {
    check: "不计入信创适配度。结果推荐国密库与 TLCP 实现，检查脚本验证 SM2 编译与运行",
    ...productFigure("TLCP（GB/T 38636）是国密传输协议；原文未单列，本产品与双模同样只做检查、不计分"),
  },
});

const valuesOf = <K extends string, V>(table: Readonly<Record<K, Scored<V>>>) =>
  Object.freeze(Object.fromEntries(Object.entries<Scored<V>>(table).map(([key, row]) => [key, row.value]))) as Readonly<Record<K, V>>;

export const OS_SCORES: Readonly<Record<TargetOs, number>> = valuesOf(OS_TABLE);
export const DATABASE_SCORES: Readonly<Record<Database, number | null>> = valuesOf(DATABASE_TABLE);
export const CPU_FACTORS: Readonly<Record<CpuFamily, number>> = valuesOf(CPU_TABLE);

export const XINCHUANG_RULE =
  "信创适配度 = 平均(操作系统分, 数据库分) × CPU 系数，截断到 [0, 1] 后保留两位小数；嵌入式 SQLite 或无数据库时只取操作系统分；未提供 CPU 时不评估（系数 1.00）；国密要求不计分，单独检查";

export type XinchuangDetails = {
  osScore: number;
  databaseScore: number | null;
  cpuFactor: number;
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
  // Validated although it does not score: an unknown mode is still bad input.
  if (facts.crypto !== undefined) lookup(CRYPTO_TABLE, facts.crypto, "国密要求", "crypto");
  const base = databaseScore === null ? osScore : (osScore + databaseScore) / 2;
  const value = round2(clamp(base * cpuFactor, 0, 1));
  return { value, osScore, databaseScore, cpuFactor, cpuAssessed };
}

/** The tables as rows the method page and the API show, in the catalog's order, with labels and provenance. */
export function xinchuangTables() {
  const rows = <K extends string, R extends Provenance>(keys: readonly K[], table: Readonly<Record<K, R>>, labels: Record<K, string>) =>
    keys.map((key) => ({ key, label: labels[key], ...table[key] }));
  return {
    rule: XINCHUANG_RULE,
    os: rows(TARGET_OSES, OS_TABLE, TARGET_OS_LABELS),
    database: rows(DATABASES, DATABASE_TABLE, DATABASE_LABELS),
    cpu: rows(CPU_FAMILIES, CPU_TABLE, CPU_FAMILY_LABELS),
    crypto: rows(CRYPTO_MODES, CRYPTO_TABLE, CRYPTO_MODE_LABELS),
  };
}
