import { z } from "@/lib/validations/zod";
import type { OperationSpec } from "@/lib/openapi/spec";

const health = z.object({
  status: z.enum(["ok", "degraded"]),
  db: z.enum(["ok", "unreachable"]),
  reason: z.string().optional(),
});

export const systemOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/health",
    operationId: "getHealth",
    summary: "健康检查（含数据库连通性）",
    tags: ["系统"],
    responses: {
      200: { description: "服务与数据库正常", schema: health, example: { status: "ok", db: "ok" } },
      503: { description: "数据库不可达", schema: health, example: { status: "degraded", db: "unreachable", reason: "数据库不可达" } },
    },
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApi",
    summary: "本 API 的 OpenAPI 3.1 文档",
    tags: ["系统"],
    responses: { 200: { description: "OpenAPI 文档", content: { "application/json": { schema: { type: "object" } } } } },
  },
];
