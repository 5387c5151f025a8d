import { z } from "@/lib/validations/zod";
import { evaluateRequestSchema, evaluateResponseSchema } from "@/lib/validations/evaluate";
import { problemResponses, type OperationSpec } from "@/lib/openapi/spec";
import { BACKTEST_PAGE_SIZE } from "@/lib/validations/page";

/** The seed's worked examples as one request (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2): Kylin V10 + DM8, 3 services, 2 HTTP interfaces. */
export const EVALUATE_EXAMPLE = {
  tier: "core",
  facts: {
    xinchuang: { os: "kylin-v10", database: "dm8", cpu: "phytium" },
    goProficiency: { servicesLast6m: 3 },
    couplingInverse: { dependencies: [{ kind: "internal-http", count: 2 }] },
  },
  scenario: {
    industry: "finance",
    workload: "api-gateway",
    density: "central-cloud",
    consistency: "strong",
    district: "binhai",
    cgo: true,
    goVersion: "1.22",
  },
} as const;

const backtestStatus = z.enum(["differs", "same", "not-computable"]);
const qualityStatus = z.enum(["pass", "fail", "not-computable"]);

const backtestResponse = z.object({
  backtest: z.object({
    rows: z.array(
      z.object({
        code: z.string(),
        label: z.string(),
        errorCategories: z.array(z.string()),
        errorCategoryLabels: z.array(z.string()),
        status: backtestStatus,
        differs: z.boolean().nullable(),
        historical: z.object({ decision: z.string().nullable(), combination: z.number().int().nullable() }),
        today: z
          .object({ decision: z.string(), rootNode: z.object({}).catchall(z.unknown()).nullable(), combination: z.null() })
          .nullable()
          .meta({ description: "今天的规则对该记录的裁剪决策；缺少因子或历史决策时为 null。记录没有部署密度与一致性需求，组合恒为 null" }),
        note: z.string().meta({
          description:
            "只描述这一行：今天的规则实际做了哪些阈值判断、与历史决策是否相同，以及对该行每个历史错误类别今天的树实际做了什么（伪相关变量不是决策输入；叶节点样本数取自质量检查的同一计算；二分次数；每个因子距阈值的余量）",
        }),
      }),
    ),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    pages: z.number().int().min(1).meta({ description: "按 pageSize 分页的总页数；rows 只含第 page 页" }),
    counterExamples: z.number().int().meta({ description: "库中全部反例数（不随分页变化）" }),
    computable: z.number().int(),
    differing: z.number().int(),
    notComputable: z.number().int(),
  }),
  quality: z.object({
    records: z.number().int(),
    recordsWithFactors: z.number().int(),
    allPass: z.boolean(),
    metrics: z.array(
      z.object({
        key: z.enum(["max-depth", "min-samples-leaf", "ccp-alpha", "leaf-gini", "information-gain", "generalisation"]),
        label: z.string(),
        comparator: z.enum(["<=", ">="]),
        threshold: z.number(),
        thresholdOrigin: z.enum(["article", "product"]).meta({ description: "article：原文给出的阈值；product：本产品的做法（如借用原文阈值衡量另一个量）" }),
        thresholdSource: z.string().meta({ description: "阈值出处，按原文标题与章节" }),
        value: z.number().nullable().meta({ description: "各明细中最差的一个；无法计算时为 null" }),
        status: qualityStatus,
        reason: z.string().nullable(),
        note: z.string().meta({ description: "该指标的精确定义、阈值及其出处" }),
        details: z.array(
          z.object({
            id: z.string(),
            label: z.string(),
            value: z.number().nullable(),
            samples: z.number().int(),
            status: qualityStatus,
            reason: z.string().nullable(),
          }),
        ),
        seedSection: z.string(),
      }),
    ),
  }),
});

export const decisionOperations: OperationSpec[] = [
  {
    method: "post",
    path: "/api/v1/evaluate",
    operationId: "evaluate",
    summary: "运行选型决策树（不保存）",
    description:
      "根节点（业务连续性等级 → RTO/RPO/同步方式）→ 中间节点（三因子加权得分与裁剪决策，含距阈值余量）→ 叶节点（技术栈组合）→ 架构类型 → 知识卡片，附完整决策路径。请求体不超过 64 KB。",
    tags: ["决策"],
    request: { schema: evaluateRequestSchema, example: EVALUATE_EXAMPLE },
    responses: {
      200: { description: "评估结果", schema: evaluateResponseSchema },
      ...problemResponses(400, 413, 415),
    },
  },
  {
    method: "get",
    path: "/api/v1/backtest",
    operationId: "getBacktest",
    summary: "回测：用今天的规则重算库中的历史反例，并给出决策树质量指标",
    description:
      "回测：对库中每个反例，按三个因子与《Golang 天津技术栈选型决策树（2024 京津冀版）》§4.2 的阈值重算裁剪决策，与历史决策比较；" +
      "每行的说明只写这一行实际发生的事。质量指标（§4.4）：最大深度、叶节点最少样本数、分裂的有效 α（sklearn 定义：" +
      "α_eff(t) =（R(t) − R(T_t)）÷（叶子数 − 1），R 为按样本数加权的 Gini 不纯度，按 sklearn 的最弱连接剪枝判定是否保留）、" +
      "叶节点基尼不纯度、信息增益（比特）、样本内一致率（树的阈值取自原文、不由记录拟合，所以不是跨企业泛化率）。" +
      "每个指标附精确定义（note）与阈值出处（thresholdOrigin、thresholdSource）。",
    tags: ["决策"],
    parameters: [
      { name: "page", in: "query", description: "页码，从 1 开始", schema: { type: "integer", minimum: 1, default: 1 } },
      {
        name: "pageSize",
        in: "query",
        description: `每页反例行数，最大 ${BACKTEST_PAGE_SIZE.max}`,
        schema: { type: "integer", minimum: 1, maximum: BACKTEST_PAGE_SIZE.max, default: BACKTEST_PAGE_SIZE.default },
      },
    ],
    responses: { 200: { description: "回测表（一页反例）、合计与质量指标", schema: backtestResponse }, ...problemResponses(400) },
  },
];
