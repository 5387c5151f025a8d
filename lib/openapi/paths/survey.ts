/** Survey insights, architecture profiles and stack combinations (read-only, public). */
import { ARCHITECTURE_TYPES, DISTRICTS, INDUSTRIES, OUTCOMES } from "@/lib/domain/catalog";
import { problemResponses, type OperationSpec, type ParameterSpec } from "@/lib/openapi/spec";
import {
  API_PAGE_SIZE,
  EXPORT_FORMATS,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  MAX_SEARCH_LENGTH,
  TABLE_FIELDS,
} from "@/lib/survey/enterprise-filters";
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
  note: "微服务网关型代表企业（《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章）。三个因子借用原文 §4.2 的换算示例",
};

const summaryExample = {
  enterprises: 37,
  reconstructed: 37,
  nationalAverage: { key: "national-top-criterion-local-ops", label: "全国均值", percent: 62, source: "《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章" },
  headlines: [
    { key: "topCriterionLocalOps", label: "将“本地化运维响应时效”列为首要选型指标", seedPercent: 86, source: "《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章", ...share(32, 37) },
    { key: "hardXinchuang", label: "以“信创适配深度”为刚性约束", seedPercent: 79, source: "《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章", ...share(27, 34) },
  ],
  counterExamples: {
    share: share(12, 37),
    seedCount: 12,
    categories: [{ category: "pseudo-correlated", label: "使用伪相关变量（如行政区划代码）", seedPercent: 83, ...share(10, 12) }],
    namedCases: [{ code: "TJ-07", label: "某区政务平台（匿名反例）", categories: ["pseudo-correlated", "tiny-leaf"], finding: "叶节点样本过少，分支碎片化", source: "《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4" }],
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

/** Filters, search and sort of the enterprise list and its export. */
const ENTERPRISE_QUERY_PARAMETERS: ParameterSpec[] = [
  filter("district", "所在区", DISTRICTS, "binhai"),
  filter("industry", "行业", INDUSTRIES, "finance"),
  filter("architectureType", "架构类型", ARCHITECTURE_TYPES, "microservice-gateway"),
  filter("outcome", "选型结果", OUTCOMES, "success"),
  {
    name: "q",
    in: "query",
    required: false,
    description: `搜索词（最多 ${MAX_SEARCH_LENGTH} 个字符）：以空格分隔，每个词都须出现在企业编号、名称、Go 版本、备注或任一枚举字段的中文标签中（英文不区分大小写；% _ \\ 视同空格）`,
    schema: { type: "string", maxLength: MAX_SEARCH_LENGTH },
    example: "滨海 金融",
  },
  {
    name: "sort",
    in: "query",
    required: false,
    description: "排序列（字段名）；同值按企业编号升序，未作答的排在最后；枚举字段按取值 id 排序",
    schema: { type: "string", enum: [...TABLE_FIELDS], default: "code" },
    example: "adaptationDays",
  },
  { name: "order", in: "query", required: false, description: "排序方向", schema: { type: "string", enum: ["asc", "desc"], default: "asc" } },
];

const PAGE_PARAMETERS: ParameterSpec[] = [
  { name: "page", in: "query", required: false, description: "页码，从 1 开始", schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 } },
  {
    name: "pageSize",
    in: "query",
    required: false,
    description: "每页条数",
    schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: API_PAGE_SIZE },
  },
];

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
    summary: "调研企业记录，分页（可按区、行业、架构类型、选型结果筛选，全文搜索，按任一列排序）",
    description: `${RECONSTRUCTED_NOTICE}筛选、搜索、排序与分页均在数据库中完成，每次只返回一页；未知参数或超出范围的取值返回 400。`,
    tags: TAGS,
    parameters: [...ENTERPRISE_QUERY_PARAMETERS, ...PAGE_PARAMETERS],
    responses: {
      200: {
        description: "符合条件的一页记录",
        schema: enterpriseListSchema,
        example: { total: 37, count: 1, page: 1, pageSize: 25, pages: 1, notice: RECONSTRUCTED_NOTICE, items: [TJ01] },
      },
      ...problemResponses(400),
    },
  },
  {
    method: "get",
    path: "/api/v1/enterprises/export",
    operationId: "exportEnterprises",
    summary: "导出符合条件的全部调研企业记录（CSV 或 XLSX，流式输出）",
    description:
      "与 /api/v1/enterprises 相同的筛选、搜索与排序，导出全部匹配记录（不分页），只含 cols 指定的公开表格列，取值为表格显示的中文标签。CSV 为带 BOM 的 UTF-8、CRLF 换行；以 = + - @ 开头的文本前加 '。",
    tags: TAGS,
    parameters: [
      ...ENTERPRISE_QUERY_PARAMETERS,
      {
        name: "cols",
        in: "query",
        required: false,
        description: `导出的列，逗号分隔的字段名（总含 code，按表格列顺序输出）；默认为表格默认显示的列。可选：${TABLE_FIELDS.join("、")}`,
        schema: { type: "string" },
        example: "code,label,district,outcome",
      },
      {
        name: "format",
        in: "query",
        required: false,
        description: "csv（默认）或 xlsx",
        schema: { type: "string", enum: [...EXPORT_FORMATS], default: "csv" },
      },
    ],
    responses: {
      200: {
        description: "附件（Content-Disposition 给出文件名）",
        content: {
          "text/csv": { schema: { type: "string" } },
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", format: "binary" } },
        },
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
              seedSection: "《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章（五类典型架构横向对比）",
              notes: "原文只给出瓶颈名称，没有给出量化数据。",
              usage: { enterprises: 10, success: 6, counterExamples: 4 },
              meanAdaptationDays: 14.7,
              industries: [
                { industry: "finance", enterprises: 8 },
                { industry: "other", enterprises: 1 },
                { industry: "port-logistics", enterprises: 1 },
              ],
              historicalCombinations: [{ id: 3, name: "Go + BFE + gRPC 多活接入网关", enterprises: 10, success: 6, counterExamples: 4 }],
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
    summary: "七种技术栈组合（标明来自原文或本产品补全）及部署密度 × 一致性矩阵",
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
              origin: "article",
              basis: "原文叶子节点推荐矩阵组合 #1。",
              seedSection: "《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.3",
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

