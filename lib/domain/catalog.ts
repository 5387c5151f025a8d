/**
 * The product's shared vocabulary: every enumerated value an input, a stored record or a result
 * can take, with its Simplified-Chinese label. One place, so that the questionnaire, the decision
 * engine, the importer, the API schemas and the reports agree on spelling.
 *
 * Figures cite their seed (`《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1` = shared/seeds/001…, chapter 4.1).
 *
 * Over 300 lines on purpose: it is a data literal of ~30 parallel value/label tables, and one file
 * is what makes a missing or misspelt label easy to see.
 */

/** Ordered tuple → union type and label map helpers. */
export type ValueOf<T extends readonly string[]> = T[number];

// ── Business-continuity tier (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1) ─────────────────────────────────────────────────
export const TIERS = ["core", "critical", "standard"] as const;
export type Tier = ValueOf<typeof TIERS>;
export const TIER_LABELS: Record<Tier, string> = {
  core: "核心",
  critical: "重要",
  standard: "一般",
};

export const SYNC_MODES = ["sync-multi-active", "semi-sync-wal", "batch-snapshot"] as const;
export type SyncMode = ValueOf<typeof SYNC_MODES>;
export const SYNC_MODE_LABELS: Record<SyncMode, string> = {
  "sync-multi-active": "同步复制 + 多活",
  "semi-sync-wal": "半同步 + WAL 流式复制",
  "batch-snapshot": "每日全量 + 增量快照",
};

// ── Middle node: the three pruning factors and the cut-over decision (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2) ────────
export const FACTORS = ["xinchuang", "goProficiency", "couplingInverse"] as const;
export type Factor = ValueOf<typeof FACTORS>;
export const FACTOR_LABELS: Record<Factor, string> = {
  xinchuang: "信创适配度",
  goProficiency: "Go 熟练度",
  // The article's name reads as jargon; its plain name leads and the formal one stays beside it.
  couplingInverse: "系统独立性（耦合度倒数）",
};
/** For chart axes, where the full label does not fit beside a bar on a phone. */
export const FACTOR_SHORT_LABELS: Record<Factor, string> = {
  xinchuang: "信创适配度",
  goProficiency: "Go 熟练度",
  couplingInverse: "系统独立性",
};

export const DECISIONS = ["automated", "manual-review", "defer"] as const;
export type Decision = ValueOf<typeof DECISIONS>;
export const DECISION_LABELS: Record<Decision, string> = {
  automated: "自动化裁剪流水线",
  "manual-review": "人工协同评审",
  defer: "暂缓裁剪",
};

// ── Facts the normalizers turn into factors ─────────────────────────────────────────────────
export const TARGET_OSES = [
  "kylin-v10",
  "uos-20",
  "openeuler-22.03",
  "openeuler-20.03",
  "anolis-8",
  "centos-7",
  "other-linux",
] as const;
export type TargetOs = ValueOf<typeof TARGET_OSES>;
export const TARGET_OS_LABELS: Record<TargetOs, string> = {
  "kylin-v10": "银河麒麟 V10",
  "uos-20": "统信 UOS 20",
  "openeuler-22.03": "openEuler 22.03 LTS",
  "openeuler-20.03": "openEuler 20.03 LTS",
  "anolis-8": "龙蜥 Anolis OS 8",
  "centos-7": "CentOS 7（非信创）",
  "other-linux": "其他 Linux（非信创）",
};

export const DATABASES = [
  "dm8",
  "kingbase",
  "opengauss",
  "oceanbase",
  "tidb",
  "polardb",
  "goldendb",
  "tdsql",
  "gbase-8s",
  "gbase-8c",
  "gbase-8a",
  "shentong",
  "highgo",
  "mysql",
  "postgresql",
  "oracle",
  "sqlite",
  "none",
] as const;
export type Database = ValueOf<typeof DATABASES>;
export const DATABASE_LABELS: Record<Database, string> = {
  dm8: "达梦 DM8",
  kingbase: "人大金仓 KingbaseES",
  opengauss: "openGauss / GaussDB",
  oceanbase: "OceanBase",
  tidb: "TiDB",
  polardb: "PolarDB",
  goldendb: "GoldenDB（中兴）",
  tdsql: "TDSQL（腾讯）",
  "gbase-8s": "GBase 8s（南大通用，交易型）",
  "gbase-8c": "GBase 8c（南大通用，分布式）",
  "gbase-8a": "GBase 8a（南大通用，分析型 MPP）",
  shentong: "神通数据库（神舟通用）",
  highgo: "瀚高数据库 HighGo DB",
  mysql: "MySQL（非信创）",
  postgresql: "PostgreSQL（社区版）",
  oracle: "Oracle（非信创）",
  sqlite: "SQLite（嵌入式）",
  none: "无数据库",
};

export const CPU_FAMILIES = ["phytium", "kunpeng", "hygon", "loongson", "x86-foreign", "arm-foreign"] as const;
export type CpuFamily = ValueOf<typeof CPU_FAMILIES>;
export const CPU_FAMILY_LABELS: Record<CpuFamily, string> = {
  phytium: "飞腾（FT-2000/4、S2500 等，ARM64）",
  kunpeng: "鲲鹏 920（ARM64）",
  hygon: "海光（x86-64）",
  loongson: "龙芯 3A5000 及以上（LoongArch64）",
  "x86-foreign": "Intel / AMD（非信创）",
  "arm-foreign": "其他 ARM64（非信创）",
};

/** Crypto requirement of the target (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §1, §2.3). */
export const CRYPTO_MODES = ["none", "sm-tls13", "sm-tlcp"] as const;
export type CryptoMode = ValueOf<typeof CRYPTO_MODES>;
export const CRYPTO_MODE_LABELS: Record<CryptoMode, string> = {
  none: "无国密要求",
  "sm-tls13": "TLS 1.3 + SM2/SM3/SM4 双模",
  "sm-tlcp": "TLCP（GB/T 38636）+ SM2/SM3/SM4",
};

/**
 * Finance and government are asked the SM mode directly, but 无国密要求 stays a valid answer: the
 * engine ranks it as a risk (SM_CRYPTO_MISSING) instead of refusing it. The questionnaire says so
 * (SM_NONE_ALLOWED) and the result's warning says the same (SM_NONE_IS_RISK).
 */
export const SM_NONE_ALLOWED = `选择「${CRYPTO_MODE_LABELS.none}」也可以提交，但结果会把缺少国密列为风险`;
export const SM_NONE_IS_RISK = `问卷允许选择「${CRYPTO_MODE_LABELS.none}」提交，本结果把缺少国密列为风险，上线前须补齐`;

/** Kylin V10 service packs (/etc/.productinfo); the Tianjin government-cloud baseline is SP3 (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §1). */
export const KYLIN_SERVICE_PACKS = ["sp1", "sp2", "sp3"] as const;
export type KylinServicePack = ValueOf<typeof KYLIN_SERVICE_PACKS>;
export const KYLIN_SERVICE_PACK_LABELS: Record<KylinServicePack, string> = { sp1: "SP1", sp2: "SP2", sp3: "SP3" };
/** The service pack assumed when the architect does not name one. */
export const DEFAULT_KYLIN_SERVICE_PACK: KylinServicePack = "sp3";
export const KYLIN_SERVICE_PACK_ASSUMPTION = `未指定服务包，按 V10 ${KYLIN_SERVICE_PACK_LABELS[DEFAULT_KYLIN_SERVICE_PACK]} 检查`;

/** Kinds of dependency a legacy system has, for the coupling normalizer. */
export const DEPENDENCY_KINDS = [
  "internal-http",
  "internal-rpc",
  "message-queue",
  "shared-database",
  "file-exchange",
  "external-api",
  "proprietary-protocol",
] as const;
export type DependencyKind = ValueOf<typeof DEPENDENCY_KINDS>;
export const DEPENDENCY_KIND_LABELS: Record<DependencyKind, string> = {
  "internal-http": "内部 HTTP 接口",
  "internal-rpc": "内部 RPC（gRPC/Dubbo 等）",
  "message-queue": "消息队列主题",
  "shared-database": "共享数据库（直接读写他方库表）",
  "file-exchange": "文件/批量交换",
  "external-api": "外部第三方接口",
  "proprietary-protocol": "专有协议（Modbus/PLC/主机报文等）",
};

// ── Scenario: industry, workload, deployment (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §1, §2.4, §3, §4.3) ───────────────────
export const INDUSTRIES = [
  "finance",
  "government",
  "manufacturing",
  "port-logistics",
  "cross-border-ecommerce",
  "automotive",
  "other",
] as const;
export type Industry = ValueOf<typeof INDUSTRIES>;
export const INDUSTRY_LABELS: Record<Industry, string> = {
  finance: "金融",
  government: "政务",
  manufacturing: "制造业",
  "port-logistics": "港口物流",
  "cross-border-ecommerce": "跨境电商",
  automotive: "汽车/车联网",
  other: "其他",
};

/** Tianjin districts, for peer comparison only — never a decision input (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4). */
export const DISTRICTS = [
  "binhai",
  "heping",
  "hexi",
  "hedong",
  "nankai",
  "hebei",
  "hongqiao",
  "xiqing",
  "dongli",
  "jinnan",
  "beichen",
  "wuqing",
  "baodi",
  "jinghai",
  "ninghe",
  "jizhou",
] as const;
export type District = ValueOf<typeof DISTRICTS>;
export const DISTRICT_LABELS: Record<District, string> = {
  binhai: "滨海新区",
  heping: "和平区",
  hexi: "河西区",
  hedong: "河东区",
  nankai: "南开区",
  hebei: "河北区",
  hongqiao: "红桥区",
  xiqing: "西青区",
  dongli: "东丽区",
  jinnan: "津南区",
  beichen: "北辰区",
  wuqing: "武清区",
  baodi: "宝坻区",
  jinghai: "静海区",
  ninghe: "宁河区",
  jizhou: "蓟州区",
};

/** Workload shape: what the system mainly does. Each shape has a home architecture type. */
export const WORKLOADS = [
  "api-gateway",
  "stream-pipeline",
  "form-workflow",
  "device-protocol",
  "payment-settlement",
] as const;
export type Workload = ValueOf<typeof WORKLOADS>;
export const WORKLOAD_LABELS: Record<Workload, string> = {
  "api-gateway": "对外 API / 交易网关",
  "stream-pipeline": "实时数据采集与流处理",
  "form-workflow": "表单审批 / 办事流程后端",
  "device-protocol": "设备协议接入与桥接",
  "payment-settlement": "支付清结算 / 跨境结算",
};

/** The five architecture types of the 37-enterprise survey (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1). */
export const ARCHITECTURE_TYPES = [
  "microservice-gateway",
  "realtime-pipeline",
  "gov-lowcode",
  "industrial-bridge",
  "crossborder-settlement",
] as const;
export type ArchitectureType = ValueOf<typeof ARCHITECTURE_TYPES>;
export const ARCHITECTURE_TYPE_LABELS: Record<ArchitectureType, string> = {
  "microservice-gateway": "微服务网关型",
  "realtime-pipeline": "实时数据管道型",
  "gov-lowcode": "政务低代码后端",
  "industrial-bridge": "工业协议桥接型",
  "crossborder-settlement": "跨境电商结算型",
};

/** How the architecture type was chosen: the workload's home type, or by industry when no type claims the workload. */
export const MATCHED_BY_LABELS = { workload: "按业务形态匹配", "domestic-clearing": "境内清算，按交易网关形态匹配" } as const;

export const DENSITIES = [
  "central-cloud",
  "regional",
  "edge-node",
  "device",
  "browser-offline",
  "cdn-edge",
] as const;
export type Density = ValueOf<typeof DENSITIES>;
export const DENSITY_LABELS: Record<Density, string> = {
  "central-cloud": "中心云（集中部署）",
  regional: "区域中心 / 边缘集中管理节点",
  "edge-node": "边缘节点（现场网关、闸口）",
  device: "终端设备（单机、离线终端）",
  "browser-offline": "浏览器 / 移动端离线",
  "cdn-edge": "CDN 边缘函数",
};

export const CONSISTENCIES = ["strong", "eventual"] as const;
export type Consistency = ValueOf<typeof CONSISTENCIES>;
export const CONSISTENCY_LABELS: Record<Consistency, string> = {
  strong: "强一致（账务、交易）",
  eventual: "最终一致（可容忍短暂不一致）",
};

// ── Survey answers (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1, §2.1, §4.4) ──────────────────────────────────────────────
export const TOP_CRITERIA = [
  "local-ops-response",
  "performance",
  "ecosystem",
  "cost",
  "talent",
] as const;
export type TopCriterion = ValueOf<typeof TOP_CRITERIA>;
export const TOP_CRITERION_LABELS: Record<TopCriterion, string> = {
  "local-ops-response": "本地化运维响应时效",
  performance: "性能",
  ecosystem: "生态成熟度",
  cost: "成本",
  talent: "人才可得性",
};

export const OUTCOMES = ["success", "counter-example"] as const;
export type Outcome = ValueOf<typeof OUTCOMES>;
export const OUTCOME_LABELS: Record<Outcome, string> = {
  success: "选型成功",
  "counter-example": "反例（历史选型错误）",
};

/** Error categories of the 12 counter-examples (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4). */
export const ERROR_CATEGORIES = [
  "pseudo-correlated",
  "tiny-leaf",
  "redundant-path",
  "overconfident",
] as const;
export type ErrorCategory = ValueOf<typeof ERROR_CATEGORIES>;
export const ERROR_CATEGORY_LABELS: Record<ErrorCategory, string> = {
  "pseudo-correlated": "使用伪相关变量（如行政区划代码）",
  "tiny-leaf": "叶节点样本过少",
  "redundant-path": "决策路径冗余（层级过深）",
  overconfident: "过度自信的预测",
};

/** Turns a label map into `{value, label}` options, in the tuple's order. */
export function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>) {
  return values.map((value) => ({ value, label: labels[value] }));
}

/**
 * Chinese labels of the enumerated values a decision trace carries, by the trace's key — one map
 * for the result page and the PDF report.
 */
export const TRACE_VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  tier: TIER_LABELS,
  syncMode: SYNC_MODE_LABELS,
  os: TARGET_OS_LABELS,
  database: DATABASE_LABELS,
  cpu: CPU_FAMILY_LABELS,
  crypto: CRYPTO_MODE_LABELS,
  thresholdDecision: DECISION_LABELS,
  decision: DECISION_LABELS,
  density: DENSITY_LABELS,
  consistency: CONSISTENCY_LABELS,
  workload: WORKLOAD_LABELS,
  industry: INDUSTRY_LABELS,
  district: DISTRICT_LABELS,
  architecture: ARCHITECTURE_TYPE_LABELS,
  kind: DEPENDENCY_KIND_LABELS,
  matchedBy: MATCHED_BY_LABELS,
};
