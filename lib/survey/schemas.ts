/**
 * Response shapes of the survey endpoints (GET /api/v1/survey/summary, /enterprises,
 * /architectures, /combinations). One zod definition each: the pure builders in lib/survey return
 * these types, the OpenAPI document describes them, the pages render them.
 */
import { z } from "@/lib/validations/zod";
import { ARCHITECTURE_TYPES, CONSISTENCIES, DENSITIES, ERROR_CATEGORIES, INDUSTRIES } from "@/lib/domain/catalog";
import { enterpriseRecordSchema } from "@/lib/validations/enterprise";
import { architectureProfileSchema, stackCombinationSchema } from "@/lib/validations/reference";

export const shareSchema = z.object({
  numerator: z.number().int().min(0).describe("满足条件的企业数"),
  denominator: z.number().int().min(0).describe("作答该问题的企业数（未作答不计入）"),
  percent: z.number().nullable().describe("百分比，保留两位小数；无人作答时为 null"),
});

export const HEADLINE_KEYS = [
  "topCriterionLocalOps",
  "hardXinchuang",
  "hardTjHardware",
  "requiresGoroutineFluency",
  "requiresSchedulerSource",
] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

export const headlineSchema = shareSchema.extend({
  key: z.enum(HEADLINE_KEYS),
  label: z.string(),
  seedPercent: z.number().int().describe("原文给出的整数百分比（重构记录应当复现它）"),
  source: z.string(),
});

export const bucketSchema = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number().int().min(0),
  percent: z.number().nullable().describe("占作答企业的百分比，两位小数"),
});

export const distributionSchema = z.object({
  answered: z.number().int().min(0),
  unanswered: z.number().int().min(0),
  buckets: z.array(bucketSchema),
});

export const surveySummarySchema = z.object({
  enterprises: z.number().int().min(0),
  reconstructed: z.number().int().min(0).describe("其中依据《Golang 天津技术栈选型决策树（2024 京津冀版）》汇总指标重构的记录数"),
  nationalAverage: z
    .object({ key: z.string(), label: z.string(), percent: z.number(), source: z.string() })
    .nullable()
    .describe("全国均值（参考数据 national-top-criterion-local-ops）"),
  headlines: z.array(headlineSchema),
  counterExamples: z.object({
    share: shareSchema,
    seedCount: z.number().int(),
    categories: z.array(
      shareSchema.extend({
        category: z.enum(ERROR_CATEGORIES),
        label: z.string(),
        seedPercent: z.number().int().nullable(),
      }),
    ),
    namedCases: z.array(
      z.object({
        code: z.string(),
        label: z.string().nullable().describe("库中该编号的企业名称；记录不存在时为 null"),
        categories: z.array(z.enum(ERROR_CATEGORIES)),
        finding: z.string(),
        source: z.string(),
      }),
    ),
  }),
  distributions: z.object({
    district: distributionSchema,
    industry: distributionSchema,
    architectureType: distributionSchema,
    goVersion: distributionSchema,
    outcome: distributionSchema,
  }),
});
export type SurveySummary = z.infer<typeof surveySummarySchema>;
export type Distribution = z.infer<typeof distributionSchema>;

export const usageSchema = z.object({
  enterprises: z.number().int().min(0),
  success: z.number().int().min(0),
  counterExamples: z.number().int().min(0),
});
export type Usage = z.infer<typeof usageSchema>;

export const enterpriseListSchema = z.object({
  total: z.number().int().min(0).describe("库中全部企业数"),
  count: z.number().int().min(0).describe("符合筛选与搜索条件的企业数"),
  page: z.number().int().min(1).describe("本页页码（从 1 开始）；超过 pages 时 items 为空"),
  pageSize: z.number().int().min(1).max(100).describe("每页条数"),
  pages: z.number().int().min(1).describe("总页数（无匹配时为 1）"),
  notice: z.string(),
  items: z.array(enterpriseRecordSchema).describe("本页的记录，按 sort / order 排序，同值按企业编号升序"),
});

export const architectureOverviewSchema = architectureProfileSchema.extend({
  usage: usageSchema.describe("调研企业中采用该架构类型的数量与选型结果"),
  meanAdaptationDays: z.number().nullable().describe("这些企业填报的信创适配耗时均值（人日）"),
  industries: z
    .array(z.object({ industry: z.enum(INDUSTRIES), enterprises: z.number().int().min(1) }))
    .describe("已存调研记录中该类型企业的行业分布（按企业数从多到少），随导入变化"),
  historicalCombinations: z.array(
    usageSchema.extend({ id: z.number().int(), name: z.string() }).describe("这些企业历史上使用的技术栈组合"),
  ),
});
export type ArchitectureOverview = z.infer<typeof architectureOverviewSchema>;
export const architectureListSchema = z.object({ items: z.array(architectureOverviewSchema) });

export const combinationOverviewSchema = stackCombinationSchema.extend({
  usage: usageSchema,
  architectureTypes: z.array(z.enum(ARCHITECTURE_TYPES)).describe("历史上使用过该组合的调研企业的架构类型"),
});
export type CombinationOverview = z.infer<typeof combinationOverviewSchema>;

export const combinationMatrixSchema = z.object({
  densities: z.array(z.object({ key: z.enum(DENSITIES), label: z.string() })),
  consistencies: z.array(z.object({ key: z.enum(CONSISTENCIES), label: z.string() })),
  cells: z.array(
    z.object({ density: z.enum(DENSITIES), consistency: z.enum(CONSISTENCIES), combinationIds: z.array(z.number().int()) }),
  ),
});
export type CombinationMatrix = z.infer<typeof combinationMatrixSchema>;
export const combinationListSchema = z.object({
  items: z.array(combinationOverviewSchema),
  matrix: combinationMatrixSchema,
});
