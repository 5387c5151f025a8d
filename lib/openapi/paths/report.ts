import { problemResponses, type OperationSpec } from "@/lib/openapi/spec";
import { SHARE_PARAMETER } from "@/lib/openapi/paths/assessments";

export const reportOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/v1/assessments/{id}/report.pdf",
    operationId: "getAssessmentReport",
    summary: "评估报告 PDF（中文，含决策路径、得分图、知识卡片、同类企业与检查脚本附录；脚本全文作为 PDF 附件嵌入）",
    description:
      "同一评估版本生成的 PDF 字节完全相同（创建日期取提交时间）。打开评估结果页后，服务器即在后台生成并保存报告，下载时直接返回；尚未生成时当场生成并保存（约 0.5 秒）。Server-Timing 头说明来源：report;desc=\"stored\" 或 report;desc=\"rendered\";dur=毫秒。文件名按 RFC 6266 以 filename* 给出 UTF-8 名称。",
    tags: ["评估"],
    tokenScopes: ["assessments:read"],
    parameters: [
      { name: "id", in: "path", required: true, description: "评估编号", schema: { type: "string", pattern: "^[A-Za-z0-9_-]{24}$" } },
      { name: "version", in: "query", required: false, description: "版本号（默认最新已提交版本）", schema: { type: "integer", minimum: 1 } },
      SHARE_PARAMETER,
    ],
    responses: {
      200: {
        description: "PDF 报告（附件）",
        headers: { "Server-Timing": { description: "报告来源：stored（已保存）或 rendered（本次生成，含耗时）", schema: { type: "string" } } },
        content: { "application/pdf": { schema: { type: "string", contentMediaType: "application/pdf" } } },
      },
      ...problemResponses(400, 401, 404, 409, 429),
    },
  },
];
