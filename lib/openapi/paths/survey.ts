/** Survey insights, architecture profiles and stack combinations (read-only, public). */
import { ARCHITECTURE_TYPES, DISTRICTS, INDUSTRIES, OUTCOMES } from "@/lib/domain/catalog";
import { problemResponses, type OperationSpec, type ParameterSpec } from "@/lib/openapi/spec";
import { RECONSTRUCTED_NOTICE } from "@/lib/survey/notices";
import {
  architectureListSchema,
  combinationListSchema,
  enterpriseListSchema,
  surveySummarySchema,
} from "@/lib/survey/schemas";

const TAGS = ["调研数据"];

const share = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  percent: Math.round((10000 * numerator) / denominator) / 100,
});

const TJ01 = {
  code: "TJ-01",
  label: "天津银行API平台",
  district: "binhai",
  industry: "finance",
  architectureType: "microservice-gateway",
  goVersion: "1.21",
  teamSize: 24,
  goServicesLast6m: 3,
  requiresGoroutineFluency: true,
  requiresSchedulerSource: true,
  targetOs: "kylin-v10",
  cpu: "phytium",
  crypto: "sm-tls13",
  tier: "core",
  xinchuang: 0.92,
  goProficiency: 0.86,
  couplingInverse: 0.78,
  topCriterion: "local-ops-response",
  hardXinchuang: true,
  hardTjHardware: true,
  adaptationDays: 14,
  historicalDecision: "automated",
  historicalCombination: 3,
  outcome: "success",
  errorCategories: [],
  reconstructed: true,
  note: "调研中的微服务网关型代表企业（seed 001 第一章）",
};

const summaryExample = {
  enterprises: 37,
  reconstructed: 37,
  nationalAverage: { key: "national-top-criterion-local-ops", label: "全国均值", percent: 62, source: "seed 001 第一章" },
  headlines: [
    { key: "topCriterionLocalOps", label: "将“本地化运维响应时效”列为首要选型指标", seedPercent: 86, source: "seed 001 第一章", ...share(32, 37) },
    { key: "hardXinchuang", label: "以“信创适配深度”为刚性约束", seedPercent: 79, source: "seed 001 第一章", ...share(27, 34) },
  ],
  counterExamples: {
    share: share(12, 37),
    seedCount: 12,
    categories: [{ category: "pseudo-correlated", label: "使用伪相关变量（如行政区划代码）", seedPercent: 83, ...share(10, 12) }],
    namedCases: [{ code: "TJ-07", label: "河东区·网格化管理平台", categories: ["pseudo-correlated", "tiny-leaf"], finding: "叶节点样本过少，分支碎片化", source: "seed 001 §4.4" }],
  },
  distributions: {
    district: { answered: 37, unanswered: 0, buckets: [{ key: "binhai", label: "滨海新区", count: 11, percent: 29.73 }] },
    industry: { answered: 37, unanswered: 0, buckets: [{ key: "finance", label: "金融", count: 9, percent: 24.32 }] },
    architectureType: { answered: 37, unanswered: 0, buckets: [{ key: "microservice-gateway", label: "微服务网关型", count: 10, percent: 27.03 }] },
    goVersion: { answered: 37, unanswered: 0, buckets: [{ key: "1.21", label: "Go 1.21", count: 11, percent: 29.73 }] },
    outcome: { answered: 37, unanswered: 0, buckets: [{ key: "success", label: "选型成功", count: 25, percent: 67.57 }] },
  },
};

const filter = (name: string, description: string, values: readonly string[], example: string): ParameterSpec => ({
  name,
  in: "query",
  required: false,
  description: `${description}（精确匹配；未知取值返回 400）`,
  schema: { type: "string", enum: [...values] },
  example,
});

export const surveyOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/v1/survey/summary",
    operationId: "getSurveySummary",
    summary: "调研汇总指标（每项含分子、分母与百分比）与全国均值",
    description: `由库中调研记录实时计算；分母为作答该题的企业数（未作答不计入）。${RECONSTRUCTED_NOTICE}`,
    tags: TAGS,
    responses: { 200: { description: "汇总指标", schema: surveySummarySchema, example: summaryExample } },
  },
  {
    method: "get",
    path: "/api/v1/enterprises",
    operationId: "listEnterprises",
    summary: "调研企业记录（可按区、行业、架构类型、选型结果筛选）",
    description: RECONSTRUCTED_NOTICE,
    tags: TAGS,
    parameters: [
      filter("district", "所在区", DISTRICTS, "binhai"),
      filter("industry", "行业", INDUSTRIES, "finance"),
      filter("architectureType", "架构类型", ARCHITECTURE_TYPES, "microservice-gateway"),
      filter("outcome", "选型结果", OUTCOMES, "success"),
    ],
    responses: {
      200: {
        description: "符合条件的记录",
        schema: enterpriseListSchema,
        example: { total: 37, count: 1, notice: RECONSTRUCTED_NOTICE, items: [TJ01] },
      },
      ...problemResponses(400),
    },
  },
  {
    method: "get",
    path: "/api/v1/architectures",
    operationId: "listArchitectures",
    summary: "五类典型架构及其在调研企业中的使用情况与选型结果",
    tags: TAGS,
    responses: {
      200: {
        description: "五类架构（按原文表格顺序）",
        schema: architectureListSchema,
        example: {
          items: [
            {
              id: "microservice-gateway",
              name: "微服务网关型",
              exampleEnterprise: "天津银行API平台",
              goFloor: "1.21",
              adaptationDays: 14,
              bottleneck: "Envoy xDS 配置热更新延迟",
              bottleneckFigure: null,
              mitigation: "控制面改用增量 xDS……",
              workloads: ["api-gateway"],
              industries: ["finance"],
              seedSection: "seed 001 第一章（五类典型架构横向对比）",
              notes: "原文只给出瓶颈名称，没有给出量化数据。",
              usage: { enterprises: 10, success: 6, counterExamples: 4 },
              meanAdaptationDays: 14.7,
              historicalCombinations: [{ id: 3, name: "Go + BFE + gRPC 多活金融网关", enterprises: 10, success: 6, counterExamples: 4 }],
            },
          ],
        },
      },
    },
  },
  {
    method: "get",
    path: "/api/v1/combinations",
    operationId: "listCombinations",
    summary: "七种技术栈组合（标明来自原文或本项目补全）及部署密度 × 一致性矩阵",
    tags: TAGS,
    responses: {
      200: {
        description: "组合与矩阵",
        schema: combinationListSchema,
        example: {
          items: [
            {
              id: 1,
              name: "Go 1.21 + TiDB + MinIO（gRPC 流式同步）",
              runtime: "Go 1.21",
              storage: "TiDB（分布式）+ MinIO",
              coordination: "gRPC 流式同步",
              scene: "边缘中心化管理节点",
              densities: ["regional"],
              consistencies: ["strong"],
              origin: "seed",
              basis: "原文叶子节点推荐矩阵组合 #1。",
              seedSection: "seed 001 §4.3",
              usage: { enterprises: 0, success: 0, counterExamples: 0 },
              architectureTypes: [],
            },
          ],
          matrix: {
            densities: [{ key: "regional", label: "区域中心 / 边缘集中管理节点" }],
            consistencies: [{ key: "strong", label: "强一致（账务、交易）" }],
            cells: [{ density: "regional", consistency: "strong", combinationIds: [1] }],
          },
        },
      },
    },
  },
];

