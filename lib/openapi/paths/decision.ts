import { z } from "@/lib/validations/zod";
import { evaluateRequestSchema, evaluateResponseSchema } from "@/lib/validations/evaluate";
import { problemResponses, type OperationSpec } from "@/lib/openapi/spec";

/** The seed's worked examples as one request (seed 001 §4.2): Kylin V10 + DM8, 3 services, 2 HTTP interfaces. */
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

const backtestResponse = z.object({
  backtest: z.object({
    rows: z.array(
      z.object({
        code: z.string(),
        label: z.string(),
        errorCategories: z.array(z.string()),
        status: z.enum(["differs", "same", "not-computable"]),
        differs: z.boolean().nullable(),
        note: z.string(),
      }),
    ),
    counterExamples: z.number().int(),
    computable: z.number().int(),
    differing: z.number().int(),
    notComputable: z.number().int(),
  }),
  quality: z.object({}).catchall(z.unknown()),
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
    summary: "回测：用今天的规则重算 12 个历史反例，并给出决策树质量指标",
    tags: ["决策"],
    responses: { 200: { description: "回测表与质量指标", schema: backtestResponse } },
  },
];
