import { problemResponses, type OperationSpec } from "@/lib/openapi/spec";

export const reportOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/v1/assessments/{id}/report.pdf",
    operationId: "getAssessmentReport",
    summary: "评估报告 PDF（中文，含决策路径、得分图、知识卡片、同类企业与检查脚本附录）",
    description: "同一评估版本生成的 PDF 字节完全相同（创建日期取提交时间）。文件名按 RFC 6266 以 filename* 给出 UTF-8 名称。",
    tags: ["评估"],
    parameters: [
      { name: "id", in: "path", required: true, description: "评估编号", schema: { type: "string", pattern: "^[A-Za-z0-9_-]{24}$" } },
      { name: "version", in: "query", required: false, description: "版本号（默认最新已提交版本）", schema: { type: "integer", minimum: 1 } },
    ],
    responses: {
      200: { description: "PDF 报告（附件）", content: { "application/pdf": { schema: { type: "string", contentMediaType: "application/pdf" } } } },
      ...problemResponses(400, 404, 409),
    },
  },
];
