/** The method: normalizer tables, thresholds and weights, each row marked 原文 or 本产品补全 (read-only, public). */
import { normalizerTables } from "@/lib/decision/normalizers";
import { normalizerTablesSchema } from "@/lib/validations/normalizer-tables";
import type { OperationSpec } from "@/lib/openapi/spec";

export const methodOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/v1/normalizers",
    operationId: "getNormalizerTables",
    summary: "因子换算表：操作系统、数据库、CPU、国密、依赖类型 → 分值，以及门槛与权重",
    description:
      "与“方法与评分表”页面相同的数据。每一行带 origin：article 为原文《Golang 天津技术栈选型决策树（2024 京津冀版）》给出的数值（seedSection 为章节），product 为本产品补全的取法（basis 为理由）。国密要求不计入信创适配度，只做单独检查。",
    tags: ["方法"],
    responses: { 200: { description: "换算表", schema: normalizerTablesSchema, example: normalizerTables() } },
  },
];
