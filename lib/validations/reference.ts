/**
 * Reference data shipped in `data/*.json` (architectures, stack combinations, knowledge cards).
 * The seed script loads them into the database; the decision engine receives them as arguments.
 * One schema per file; the types are inferred here and nowhere else.
 *
 * A figure the seed truncated or never gave is `null`, never a guess (product.md, "seeds").
 */
import { z } from "@/lib/validations/zod";
import {
  ARCHITECTURE_TYPES,
  CONSISTENCIES,
  DENSITIES,
  WORKLOADS,
  type ArchitectureType,
  type Industry,
} from "@/lib/domain/catalog";

/** A strict object whose own errors (not an object, unknown keys) are Chinese too. */
export const strictObject = <T extends z.core.$ZodLooseShape>(shape: T, label: string) =>
  z.strictObject(shape, {
    error: (iss) =>
      iss.code === "unrecognized_keys" ? `${label}中有不支持的字段：${iss.keys.join("、")}` : `${label}必须是对象`,
  });

const text = (label: string, max = 400) =>
  z
    .string({ error: `${label}必须是文本` })
    .trim()
    .min(1, `${label}不能为空`)
    .max(max, `${label}不能超过 ${max} 个字符`);
const nullableText = (label: string, max = 600) => text(label, max).nullable();

/** Go versions are written "1.xx" throughout the product (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1 table). */
export const GO_VERSION_PATTERN = /^1\.\d{1,2}$/;
export const goVersionSchema = z
  .string({ error: "Go 版本必须是文本" })
  .regex(GO_VERSION_PATTERN, "Go 版本格式应为 1.xx，如 1.21");

// ── Architecture profiles (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1, five types) ──────────────────────────────────────
export const architectureProfileSchema = strictObject({
  id: z.enum(ARCHITECTURE_TYPES, { error: "未知的架构类型" }),
  name: text("架构名称", 40),
  exampleEnterprise: text("代表企业", 60),
  goFloor: goVersionSchema,
  adaptationDays: z
    .number({ error: "适配耗时必须是数字" })
    .int("适配耗时必须是整数人日")
    .positive("适配耗时必须大于 0"),
  bottleneck: text("典型瓶颈", 120),
  bottleneckFigure: nullableText("瓶颈数据", 120),
  mitigation: text("缓解措施", 600),
  workloads: z.array(z.enum(WORKLOADS, { error: "未知的业务形态" })).min(1, "至少一种业务形态"),
  seedSection: text("出处", 120),
  notes: nullableText("说明"),
}, "架构类型");
export type ArchitectureProfile = z.infer<typeof architectureProfileSchema>;

export const architecturesFileSchema = z
  .array(architectureProfileSchema)
  .superRefine((profiles, ctx) => {
    const ids = new Set(profiles.map((p) => p.id));
    for (const id of ARCHITECTURE_TYPES) {
      if (!ids.has(id)) ctx.addIssue({ code: "custom", path: [], message: `缺少架构类型 ${id}` });
    }
    if (ids.size !== profiles.length) {
      ctx.addIssue({ code: "custom", path: [], message: "架构类型编号重复" });
    }
    // The workload decides the type (lib/decision/architecture.ts): each belongs to exactly one.
    for (const workload of WORKLOADS) {
      const owners = profiles.filter((p) => p.workloads.includes(workload)).map((p) => p.id);
      if (owners.length !== 1) {
        ctx.addIssue({
          code: "custom",
          path: [],
          message: owners.length === 0 ? `没有架构类型登记业务形态 ${workload}` : `业务形态 ${workload} 登记在多个架构类型下：${owners.join("、")}`,
        });
      }
    }
  });

// ── Stack combinations (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.3: #1, #4, #7 from the article; the rest completed here) ──
export const COMBINATION_IDS = [1, 2, 3, 4, 5, 6, 7] as const;
export type CombinationId = (typeof COMBINATION_IDS)[number];
export const COMBINATION_ORIGINS = ["article", "completed"] as const;
/** Results saved and databases seeded before the rename wrote "seed" for "article"; read them as such. */
const LEGACY_ORIGIN = (value: unknown) => (value === "seed" ? "article" : value);

export const stackCombinationSchema = strictObject({
  id: z
    .number({ error: "组合编号必须是数字" })
    .int("组合编号必须是整数")
    .min(1, "组合编号为 1–7")
    .max(7, "组合编号为 1–7"),
  name: text("组合名称", 80),
  runtime: text("运行时", 80),
  storage: text("存储", 80),
  coordination: text("协同机制", 80),
  scene: text("典型场景", 120),
  densities: z.array(z.enum(DENSITIES, { error: "未知的部署密度" })).min(1, "至少一种部署密度"),
  consistencies: z
    .array(z.enum(CONSISTENCIES, { error: "未知的一致性要求" }))
    .min(1, "至少一种一致性"),
  origin: z
    .preprocess(LEGACY_ORIGIN, z.enum(COMBINATION_ORIGINS, { error: "来源只能是 article（原文给出）或 completed（本产品补全）" }))
    .meta({ description: "article = 原文《Golang 天津技术栈选型决策树（2024 京津冀版）》给出的组合；completed = 本产品补全" }),
  basis: text("依据", 600),
  seedSection: nullableText("出处", 120),
}, "技术栈组合");
export type StackCombination = z.infer<typeof stackCombinationSchema>;

export const combinationsFileSchema = z
  .array(stackCombinationSchema)
  .superRefine((combinations, ctx) => {
    const ids = combinations.map((c) => c.id).sort((a, b) => a - b);
    if (ids.join(",") !== COMBINATION_IDS.join(",")) {
      ctx.addIssue({ code: "custom", path: [], message: "组合编号必须恰好是 1–7 各一次" });
    }
    combinations.forEach((c, index) => {
      if (c.origin === "article" && c.seedSection === null) {
        ctx.addIssue({ code: "custom", path: [index, "seedSection"], message: "来自原文的组合必须注明出处" });
      }
    });
  });

// ── Knowledge cards (《Go 语言微服务跨国通信协议选型》、《Go 语言以后的发展趋势》、《Go 1.22 新特性对大厂存量系统的影响评估》、《服务网格演进与轻量级 Sidecar 的必要性》) ────────────────────────────────────────────
export const KNOWLEDGE_CARD_IDS = [
  "cross-border-protocols",
  "go122-scheduler",
  "edge-sidecars",
  "tinygo-wasi",
] as const;
export type KnowledgeCardId = (typeof KNOWLEDGE_CARD_IDS)[number];
/** The source article a card comes from (its id on /sources, lib/domain/sources.ts). */
export const KNOWLEDGE_ARTICLES = ["000", "002", "003", "004"] as const;

/** Cards saved in results before the rename carried the article's id as `seed`. */
function legacyArticleKey(value: unknown): unknown {
  if (!value || typeof value !== "object" || !("seed" in value) || "article" in value) return value;
  const { seed, ...rest } = value as Record<string, unknown>;
  return { ...rest, article: seed };
}

export const knowledgeColumnSchema = strictObject({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "列键只能由字母和数字组成"),
  label: text("列名", 40),
  unit: z.string().max(12, "单位不能超过 12 个字符").nullable(),
}, "列");

const cellSchema = z.union([z.string(), z.number(), z.null()], { error: "单元格只能是文本、数字或空" });

export const knowledgeCardSchema = z.preprocess(
  legacyArticleKey,
  strictObject(
  {
    id: z.enum(KNOWLEDGE_CARD_IDS, { error: "未知的知识卡片" }),
    title: text("标题", 80),
    article: z.enum(KNOWLEDGE_ARTICLES, { error: "未知的来源文章" }).meta({ description: "来源文章的编号，见 /sources（文章按标题列出）" }),
    seedSection: text("出处", 120),
    summary: text("摘要", 600),
    testConditions: text("测试条件", 600),
    columns: z.array(knowledgeColumnSchema).min(1, "至少一列"),
    rows: z.array(z.record(z.string(), cellSchema)).min(1, "至少一行"),
    notes: nullableText("说明"),
  },
  "知识卡片",
).superRefine((card, ctx) => {
    const keys = new Set(card.columns.map((c) => c.key));
    card.rows.forEach((row, index) => {
      for (const key of Object.keys(row)) {
        if (!keys.has(key)) {
          ctx.addIssue({ code: "custom", path: ["rows", index, key], message: `未声明的列 ${key}` });
        }
      }
      for (const key of keys) {
        if (!(key in row)) {
          ctx.addIssue({ code: "custom", path: ["rows", index, key], message: `缺少列 ${key}（未知请写 null）` });
        }
      }
    });
  }),
);
export type KnowledgeCard = z.infer<typeof knowledgeCardSchema>;

export const knowledgeCardsFileSchema = z
  .array(knowledgeCardSchema)
  .superRefine((cards, ctx) => {
    const ids = new Set(cards.map((c) => c.id));
    for (const id of KNOWLEDGE_CARD_IDS) {
      if (!ids.has(id)) ctx.addIssue({ code: "custom", path: [], message: `缺少知识卡片 ${id}` });
    }
    if (ids.size !== cards.length) ctx.addIssue({ code: "custom", path: [], message: "知识卡片编号重复" });
  });

/**
 * What the stored survey records hold: enterprises per industry for each architecture type, read
 * at survey revision `revision`. Derived from the records (they change with imports), never typed in.
 */
export interface SurveyIndustries {
  revision: number;
  byArchitecture: Readonly<Partial<Record<ArchitectureType, Readonly<Partial<Record<Industry, number>>>>>>;
}

/** Everything the engine needs besides the request. */
export interface ReferenceData {
  architectures: readonly ArchitectureProfile[];
  combinations: readonly StackCombination[];
  knowledgeCards: readonly KnowledgeCard[];
  survey: SurveyIndustries;
}

