import { problemResponses, type OperationSpec } from "@/lib/openapi/spec";
import { gomodScanRequestSchema, gomodScanResponseSchema } from "@/lib/gomod/api-schema";

export const gomodOperations: OperationSpec[] = [
  {
    method: "post",
    path: "/api/v1/gomod-scan",
    operationId: "scanGoMod",
    summary: "扫描 go.mod 的信创就绪度（cgo、架构相关代码、国密库、数据库驱动、go 指令）",
    description:
      "解析 go.mod（可附 go.sum 或 vendor/modules.txt），按目标 CPU / GOARCH 与 Go 版本下限逐模块给出结论（可用 / 需要 cgo / 需升级 / 建议替换 / 未收录——按纯 Go 假定），并给出对推荐的影响：CGO_ENABLED、检查脚本探测的国密库及版本、信创数据库驱动覆盖、go 指令与下限。每条结论附知识库来源与版本。不保存任何内容。请求体上限约 3 MiB（每个文件 1 MiB）；go.mod 格式错误时返回 422，errors 逐行列出问题（problems 同时给出行号）。",
    tags: ["兼容性检查"],
    request: { schema: gomodScanRequestSchema },
    responses: { 200: { description: "扫描结果", schema: gomodScanResponseSchema }, ...problemResponses(400, 413, 415, 422) },
  },
];
