import { problemResponses, type OperationSpec, type ParameterSpec } from "@/lib/openapi/spec";
import { compatCheckProfileSchema } from "@/lib/validations/compat-check";
import { SHARE_PARAMETER } from "@/lib/openapi/paths/assessments";

const FORMAT: ParameterSpec = {
  name: "format",
  in: "query",
  required: false,
  description: "sh：单个脚本（默认）；tar.gz：脚本 + Go 探针源码 + 中文说明",
  schema: { type: "string", enum: ["sh", "tar.gz"], default: "sh" },
};

const DOWNLOAD = {
  description: "检查脚本（附件）",
  content: {
    "text/x-shellscript": { schema: { type: "string" } },
    "application/gzip": { schema: { type: "string", contentMediaType: "application/gzip" } },
  },
};

export const compatCheckOperations: OperationSpec[] = [
  {
    method: "post",
    path: "/api/v1/compat-check",
    operationId: "createCompatCheck",
    summary: "按目标机画像生成 ARM64 / 国密兼容性检查脚本",
    description:
      "脚本逐步检查操作系统、CPU、Go 版本与 go env、C 工具链、国密探针（go build 后运行 SM2 签名验签 / SM3 / SM4）、边缘节点的二进制体积与峰值内存；退出码 0 全部通过、1 有失败、2 无法运行；--json 输出机器可读结果。",
    tags: ["兼容性检查"],
    parameters: [FORMAT],
    request: { schema: compatCheckProfileSchema },
    responses: { 200: DOWNLOAD, ...problemResponses(400, 413, 415) },
  },
  {
    method: "get",
    path: "/api/v1/assessments/{id}/compat-check.sh",
    operationId: "getAssessmentCompatCheck",
    summary: "按已提交评估的目标环境生成检查脚本",
    tags: ["兼容性检查", "评估"],
    tokenScopes: ["assessments:read"],
    parameters: [
      { name: "id", in: "path", required: true, description: "评估编号；不存在或无权查看时答 404", schema: { type: "string" } },
      { name: "version", in: "query", required: false, description: "版本号（默认最新已提交版本）", schema: { type: "integer", minimum: 1 } },
      FORMAT,
      SHARE_PARAMETER,
    ],
    responses: { 200: DOWNLOAD, ...problemResponses(400, 401, 404, 409, 429) },
  },
];
