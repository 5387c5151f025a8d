/**
 * The evaluation request and response: used by the API route (parse at the boundary), the
 * questionnaire form (react-hook-form resolver) and the OpenAPI generator (`z.toJSONSchema`).
 * No transforms, so the JSON Schema of the input is exact; cross-field rules are refinements,
 * restated as JSON Schema beside them so the OpenAPI document refuses what they refuse.
 * Every message is Chinese and every issue carries the field's path.
 */
import { z } from "@/lib/validations/zod";
import {
  CONSISTENCIES,
  CPU_FAMILIES,
  CRYPTO_MODES,
  DATABASES,
  DECISIONS,
  DENSITIES,
  DEPENDENCY_KINDS,
  DISTRICTS,
  FACTOR_LABELS,
  FACTORS,
  INDUSTRIES,
  SYNC_MODES,
  TARGET_OSES,
  TIERS,
  WORKLOADS,
} from "@/lib/domain/catalog";
import {
  GOMOD_DATABASES,
  GOMOD_TARGET_ARCHES,
  GOMOD_VERDICTS,
  GOMOD_XINCHUANG_DATABASES,
  TRACE_NODES,
  WARNING_CODES,
} from "@/lib/domain/decision-codes";
import { SM_LIBRARY_IDS } from "@/lib/domain/sm-libraries";
import { WEIGHT_SUM_TOLERANCE } from "@/lib/domain/thresholds";
import { absentOr, present } from "./json-schema";
import {
  architectureProfileSchema,
  goVersionSchema,
  knowledgeCardSchema,
  stackCombinationSchema,
  strictObject,
} from "./reference";

export { WEIGHT_SUM_TOLERANCE };

const strict = strictObject;
const required = (label: string, kind: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? `请填写${label}` : `${label}必须是${kind}`;
const ratio = (label: string) =>
  z.number({ error: required(label, "有限数字") }).min(0, `${label}不能小于 0`).max(1, `${label}不能大于 1`);
const count = (label: string, max: number) =>
  z
    .number({ error: required(label, "数字") })
    .int(`${label}必须是整数`)
    .min(0, `${label}不能为负数`)
    .max(max, `${label}不能大于 ${max}`);
const oneOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: (iss) => (iss.input === undefined ? `请选择${label}` : `${label}不在可选范围内`) });
const flag = (label: string) => z.boolean({ error: `${label}必须是 true 或 false` });

// ── Request ─────────────────────────────────────────────────────────────────────────────
export const factorValuesSchema = strict(
  {
    xinchuang: ratio(FACTOR_LABELS.xinchuang).optional().meta({ description: "信创适配度，0–1", example: 0.92 }),
    goProficiency: ratio(FACTOR_LABELS.goProficiency).optional().meta({ description: "团队 Go 熟练度，0–1", example: 0.86 }),
    couplingInverse: ratio(FACTOR_LABELS.couplingInverse)
      .optional()
      .meta({ description: "存量系统耦合度倒数，0–1（依赖越少越高）", example: 0.78 }),
  },
  "因子",
).meta({ description: "直接给出的裁剪因子（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2）；每个因子要么在这里给出，要么在 facts 中给出事实" });

export const xinchuangFactsSchema = strict(
  {
    os: oneOf(TARGET_OSES, "目标操作系统").meta({ example: "kylin-v10" }),
    database: oneOf(DATABASES, "数据库").meta({ example: "dm8" }),
    cpu: oneOf(CPU_FAMILIES, "CPU").optional().meta({ example: "phytium" }),
    crypto: oneOf(CRYPTO_MODES, "国密要求").optional().meta({ example: "sm-tls13" }),
  },
  "信创事实",
).meta({ description: "目标环境；由 normalizeXinchuang 换算为信创适配度" });

export const teamLevelsSchema = strict(
  {
    junior: count("初级人数", 10000),
    mid: count("中级人数", 10000),
    senior: count("资深人数", 10000),
  },
  "团队构成",
).meta({ description: "Go 团队按级别的人数（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.1 岗位技能矩阵）" });

export const goProficiencyFactsSchema = strict(
  {
    servicesLast6m: count("近半年交付的 Go 服务数", 1000).meta({ example: 3 }),
    levels: teamLevelsSchema.optional(),
  },
  "Go 熟练度事实",
).meta({ description: "由 normalizeGoProficiency 换算为 Go 熟练度" });

export const dependencySchema = strict(
  {
    kind: oneOf(DEPENDENCY_KINDS, "依赖类型").meta({ example: "internal-http" }),
    count: count("依赖数量", 1000).meta({ example: 2 }),
  },
  "依赖",
);

export const couplingFactsSchema = strict(
  {
    dependencies: z
      .array(dependencySchema, { error: "依赖列表必须是数组" })
      .max(50, "依赖条目不能超过 50 条")
      .meta({ example: [{ kind: "internal-http", count: 2 }] }),
  },
  "耦合事实",
).meta({ description: "存量系统的外部依赖；由 normalizeCouplingInverse 换算为耦合度倒数" });

export const factsSchema = strict(
  {
    xinchuang: xinchuangFactsSchema.optional(),
    goProficiency: goProficiencyFactsSchema.optional(),
    couplingInverse: couplingFactsSchema.optional(),
  },
  "事实",
).meta({ description: "由事实推导的因子；与 factors 按因子二选一" });

export const scenarioSchema = strict(
  {
    industry: oneOf(INDUSTRIES, "行业").meta({ example: "finance" }),
    workload: oneOf(WORKLOADS, "业务形态").meta({ example: "api-gateway" }),
    density: oneOf(DENSITIES, "部署密度").meta({ example: "central-cloud" }),
    consistency: oneOf(CONSISTENCIES, "一致性要求").meta({ example: "strong" }),
    district: oneOf(DISTRICTS, "所在区")
      .optional()
      .meta({ description: "只用于同区企业对比，从不参与决策（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4）", example: "binhai" }),
    crossBorder: flag("是否跨境").optional().meta({ description: "是否有跨境链路", example: false }),
    cgo: flag("是否启用 CGO").optional().meta({ description: "是否以 CGO_ENABLED=1 构建", example: true }),
    goVersion: goVersionSchema.optional().meta({ description: "计划使用的 Go 版本", example: "1.22" }),
    memoryLimitMb: z
      .number({ error: required("内存上限", "有限数字") })
      .positive("内存上限必须大于 0")
      .max(1048576, "内存上限不能超过 1048576 MB")
      .optional()
      .meta({ description: "单个服务的内存上限（MB）", example: 45 }),
    crypto: oneOf(CRYPTO_MODES, "国密要求").optional().meta({ example: "sm-tls13" }),
  },
  "场景",
).meta({ description: "系统所处的场景" });

export const weightsSchema = strict(
  {
    xinchuang: ratio("信创适配度权重").meta({ example: 0.4 }),
    goProficiency: ratio("Go 熟练度权重").meta({ example: 0.35 }),
    couplingInverse: ratio("耦合度倒数权重").meta({ example: 0.25 }),
  },
  "权重",
)
  .superRefine((w, ctx) => {
    const sum = w.xinchuang + w.goProficiency + w.couplingInverse;
    if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
      ctx.addIssue({ code: "custom", path: [], message: `三个权重之和必须等于 1（当前为 ${sum}）` });
    }
  })
  .meta({ description: "覆盖默认权重 0.40 / 0.35 / 0.25；非负且和为 1。权重只影响得分，不影响决策" });

export const extraFeaturesSchema = z
  .record(
    z.string().min(1, "特征名不能为空").max(64, "特征名不能超过 64 个字符"),
    z.union([z.string().max(200, "特征值不能超过 200 个字符"), z.number(), z.boolean(), z.null()], {
      error: "特征值只能是文本、有限数字、布尔值或 null",
    }),
    { error: "附加特征必须是对象" },
  )
  .meta({
    description: "附加特征。伪相关特征（如行政区划、采购周期）会被拒绝并转人工评审（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4）",
    example: { procurementCycle: "Q3" },
  });

// ── go.mod readiness scan (lib/gomod), as kept in the answers and given to the engine ────────
// Defined here, not in lib/gomod, because both the answers and the engine's request carry it and
// lib/decision may only read schemas' types from lib/validations.
const text = (max: number) => z.string().max(max);
// Source URLs of knowledge entries: shown as links in the result and the PDF, so http(s) only.
const urls = z.array(z.url({ protocol: /^https?$/ }).max(300)).max(6);
const goVersionText = z.string().regex(/^1\.\d{1,2}(\.\d{1,3})?([a-z]+\d+)?$/, { message: "Go 版本须为 1.xx 或 1.xx.y" });

const storedFindingSchema = z.strictObject({
  path: text(300),
  version: text(200),
  line: z.number().int().min(0).max(1_000_000),
  indirect: z.boolean(),
  verdict: z.enum(GOMOD_VERDICTS),
  message: text(800),
  /** Set when a replace points elsewhere: what was judged (a local directory has no version). */
  judged: z.strictObject({ path: text(1000), version: text(200).nullable(), local: z.boolean() }).optional(),
  sources: urls,
  upgradeTo: text(200).optional(),
  replaceWith: text(300).optional(),
  alternative: text(300).optional(),
});

const countSchema = z.number().int().min(0).max(100_000);

export const gomodScanSchema = z
  .strictObject({
    knowledgeVersion: z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d+$/, { message: "知识库版本须为 YYYY-MM-DD.N" }),
    target: z.strictObject({ arch: z.enum(GOMOD_TARGET_ARCHES), goFloor: z.string().regex(/^1\.\d{1,2}$/), cpu: z.enum(CPU_FAMILIES).optional() }),
    module: text(300).nullable(),
    goDirective: goVersionText.nullable(),
    findings: z.array(storedFindingSchema).max(300),
    /** Modules not in the knowledge base: assumed pure Go, counted only. */
    unlisted: countSchema,
    summary: z.strictObject({ total: countSchema, ok: countSchema, "needs-cgo": countSchema, upgrade: countSchema, replace: countSchema, unknown: countSchema }),
    effects: z.strictObject({
      cgoRequired: z.strictObject({ required: z.boolean(), modules: z.array(text(300)).max(300), rule: text(2000) }),
      smLibrary: z.strictObject({
        found: z
          .array(
            z.strictObject({
              module: text(300),
              version: text(200),
              library: z.enum([...SM_LIBRARY_IDS, "gotlcp", "other"]),
              maintained: z.boolean(),
              indirect: z.boolean(),
              localCopy: text(1000).optional(),
            }),
          )
          .max(20),
        probe: z.strictObject({ library: z.enum(SM_LIBRARY_IDS), module: text(300), version: text(200) }).nullable(),
        unmaintained: z.boolean(),
        rule: text(2000),
      }),
      databases: z.strictObject({
        covered: z.array(z.enum(GOMOD_DATABASES)).max(GOMOD_DATABASES.length),
        notCovered: z.array(z.enum(GOMOD_XINCHUANG_DATABASES)).max(GOMOD_XINCHUANG_DATABASES.length),
        rule: text(2000),
      }),
      goDirective: z.strictObject({ directive: goVersionText.nullable(), floor: z.string().regex(/^1\.\d{1,2}$/), meetsFloor: z.boolean().nullable(), rule: text(2000) }),
    }),
  })
  .meta({
    description:
      "go.mod 模块扫描的结果（POST /api/v1/gomod-scan 的精简形式）：知识库中有记载的模块、本地替换与无法解析的版本逐条保留并附来源，其余模块只计数（按纯 Go 假定）",
  });
export type StoredGoModScan = z.infer<typeof gomodScanSchema>;


/** The request's refinement below, for the JSON Schema: each factor in exactly one place, one crypto mode. */
const REQUEST_RULES = [
  ...FACTORS.map((factor) => ({
    description: `${FACTOR_LABELS[factor]}：factors.${factor} 与 facts.${factor} 必须且只能给出一个`,
    oneOf: [present(["factors", factor]), present(["facts", factor])],
  })),
  {
    description: "facts.xinchuang.crypto 与 scenario.crypto 都给出时必须相同",
    anyOf: CRYPTO_MODES.map((mode) => ({ allOf: [absentOr(["facts", "xinchuang", "crypto"], { const: mode }), absentOr(["scenario", "crypto"], { const: mode })] })),
  },
];

export const evaluateRequestSchema = strict(
  {
    tier: oneOf(TIERS, "业务连续性等级").meta({ description: "核心 / 重要 / 一般", example: "critical" }),
    factors: factorValuesSchema.optional(),
    facts: factsSchema.optional(),
    scenario: scenarioSchema,
    weights: weightsSchema.optional(),
    extraFeatures: extraFeaturesSchema.optional(),
    gomodScan: gomodScanSchema.optional().meta({
      description: "go.mod 模块扫描结果（POST /api/v1/gomod-scan 返回的 stored）：需要 cgo 的模块、go 指令、国密库等进入决策路径",
    }),
  },
  "请求",
)
  .superRefine((request, ctx) => {
    for (const factor of FACTORS) {
      const given = request.factors?.[factor] !== undefined;
      const derived = request.facts?.[factor] !== undefined;
      const label = FACTOR_LABELS[factor];
      if (given && derived) {
        ctx.addIssue({ code: "custom", path: ["factors", factor], message: `${label}不能同时直接给出又由事实推导，请二选一` });
      } else if (!given && !derived) {
        ctx.addIssue({
          code: "custom",
          path: ["factors", factor],
          message: `请填写${label}（0–1），或在 facts.${factor} 中提供事实`,
        });
      }
    }
    const factCrypto = request.facts?.xinchuang?.crypto;
    const scenarioCrypto = request.scenario.crypto;
    if (factCrypto !== undefined && scenarioCrypto !== undefined && factCrypto !== scenarioCrypto) {
      ctx.addIssue({ code: "custom", path: ["facts", "xinchuang", "crypto"], message: "国密要求与 scenario.crypto 不一致" });
    }
  })
  .meta({ description: "一次选型评估的输入", allOf: REQUEST_RULES });

export type EvaluateRequest = z.infer<typeof evaluateRequestSchema>;
export type XinchuangFacts = z.infer<typeof xinchuangFactsSchema>;
export type GoProficiencyFacts = z.infer<typeof goProficiencyFactsSchema>;
export type Dependency = z.infer<typeof dependencySchema>;
export type Scenario = z.infer<typeof scenarioSchema>;

// ── Response ────────────────────────────────────────────────────────────────────────────
/** Where a factor came from: given directly, or derived by a normalizer from facts. */
export const FACTOR_SOURCES = ["given", "facts"] as const;
export type FactorSource = (typeof FACTOR_SOURCES)[number];

const factorTriple = z.object({ xinchuang: z.number(), goProficiency: z.number(), couplingInverse: z.number() });

export const rootNodeSchema = z.object({
  tier: z.enum(TIERS),
  rtoMaxSeconds: z.number().int(),
  rpoMaxSeconds: z.number().int(),
  syncMode: z.enum(SYNC_MODES),
});

export const flipSchema = z.object({
  direction: z.enum(["raise", "lower"]),
  at: z.number().meta({ description: "翻转的边界值" }),
  inclusive: z.boolean().meta({ description: "true：取到该值即翻转；false：需严格越过该值" }),
  to: z.enum(DECISIONS),
});

export const marginSchema = z.object({
  factor: z.enum(FACTORS),
  value: z.number(),
  threshold: z.number(),
  distance: z.number().meta({ description: "value − threshold（保留 6 位小数）" }),
  passes: z.boolean(),
  flip: flipSchema.nullable(),
  reason: z.string(),
});

export const pruningResultSchema = z.object({
  score: z.number().min(0).max(1),
  factors: factorTriple,
  weights: factorTriple,
  thresholdDecision: z.enum(DECISIONS).meta({ description: "只按三个阈值得到的决策" }),
  decision: z.enum(DECISIONS).meta({ description: "最终决策（伪相关特征会把自动化改为人工评审）" }),
  routedToManualReview: z.boolean(),
  margins: z.array(marginSchema),
});

export const evaluateResponseSchema = z.object({
  rootNode: rootNodeSchema,
  pruning: pruningResultSchema.extend({
    factorSources: z.object({
      xinchuang: z.enum(FACTOR_SOURCES),
      goProficiency: z.enum(FACTOR_SOURCES),
      couplingInverse: z.enum(FACTOR_SOURCES),
    }),
  }),
  combination: z.object({ stack: stackCombinationSchema, consistencyMet: z.boolean(), reason: z.string() }),
  architecture: z.object({
    profile: architectureProfileSchema,
    matchedBy: z.enum(["workload", "domestic-clearing"]),
    reason: z.string(),
  }),
  knowledgeCards: z.array(z.object({ card: knowledgeCardSchema, reason: z.string(), advice: z.array(z.string()) })),
  warnings: z.array(z.object({ code: z.enum(WARNING_CODES), message: z.string() })),
  trace: z.array(
    z.object({
      node: z.enum(TRACE_NODES),
      title: z.string(),
      rule: z.string(),
      inputs: z.record(z.string(), z.unknown()),
      outputs: z.record(z.string(), z.unknown()),
      seedSection: z.string(),
    }),
  ),
});

export type RootNode = z.infer<typeof rootNodeSchema>;
export type Margin = z.infer<typeof marginSchema>;
export type PruningResult = z.infer<typeof pruningResultSchema>;
export type EvaluateResponse = z.infer<typeof evaluateResponseSchema>;
