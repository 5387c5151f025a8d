import { MAX_UPLOAD_BYTES } from "@/lib/survey-files";
import { commitResponseSchema, previewResponseSchema, revertResponseSchema } from "@/lib/survey-import/schemas";
import { problemResponses, type OperationSpec } from "@/lib/openapi/spec";

const TAGS = ["管理：调研数据导入"];

const importForm = {
  type: "object",
  required: ["file"],
  properties: {
    file: {
      type: "string",
      format: "binary",
      description: `CSV（UTF-8 / UTF-8 BOM / GBK）、XLSX 或 JSON，按内容识别格式，不超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
    },
    sheet: { type: "string", description: "XLSX 工作表名（默认第一个）" },
    mapping: { type: "string", description: "已保存的列映射名称（管理页面“保存映射”）" },
    fingerprint: {
      type: "string",
      pattern: "^[0-9a-f]{16}$",
      description: "试运行返回的 fingerprint；提交时带上，若预览后数据已变化则返回 409「数据已变化，请重新预览」",
    },
  },
};

const rowErrorsExample = {
  type: "https://tj-go-stack.example/problems/422",
  title: "数据校验未通过",
  status: 422,
  detail: "2 行数据有错误，未导入任何记录；请按行号和列名修改后重新上传",
  code: "rows-invalid",
  errors: [
    { row: 3, column: "企业编号", message: "缺少企业编号" },
    { row: 5, column: "信创适配度", message: "「120%」超过 100%" },
  ],
  fileErrors: [],
};

export const adminOperations: OperationSpec[] = [
  {
    method: "post",
    path: "/api/v1/admin/survey/imports",
    operationId: "importSurvey",
    summary: "导入调研数据（试运行或提交）",
    description:
      "需要管理员会话。`?dryRun=1`：解析、映射列、逐行校验并与库中数据比对，返回每行状态（new/update/unchanged/error）、按列的错误和更新的字段，不写入任何数据。" +
      "不带 dryRun：在一个数据库事务中按企业编号新增或更新全部行并记录导入批次（含每条记录的前后值），全部成功或全部不写；" +
      "任一行无效则返回 422 与逐行错误 `errors: [{row, column, message}]`。同一时间只允许一个导入或回滚提交（其余等待或返回 409）。",
    tags: TAGS,
    admin: true,
    parameters: [
      { name: "dryRun", in: "query", description: "1 = 只预览不写入", schema: { type: "string", enum: ["1", "0", "true", "false"] } },
    ],
    multipart: { schema: importForm },
    responses: {
      200: { description: "试运行：预览结果（未写入）", schema: previewResponseSchema },
      201: { description: "已提交：导入批次", schema: commitResponseSchema },
      ...problemResponses(400, 401, 403, 409, 413, 415),
      422: {
        description: "数据校验未通过（逐行错误），未写入任何记录",
        content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" }, example: rowErrorsExample } },
      },
    },
  },
  {
    method: "post",
    path: "/api/v1/admin/survey/imports/{batchId}/revert",
    operationId: "revertSurveyImport",
    summary: "回滚一个导入批次",
    description:
      "需要管理员会话。在一个事务中把本批次更新过的记录恢复为导入前的内容、删除本批次新增的记录。若之后已提交的批次修改了相同记录、记录已被改动或本批次已回滚，返回 409 且不做任何修改。",
    tags: TAGS,
    admin: true,
    parameters: [{ name: "batchId", in: "path", required: true, description: "导入批次编号", schema: { type: "string" } }],
    responses: {
      200: { description: "已回滚", schema: revertResponseSchema },
      ...problemResponses(401, 403, 404, 409),
    },
  },
  {
    method: "get",
    path: "/api/v1/admin/survey/export",
    operationId: "exportSurvey",
    summary: "导出当前调研数据（CSV 或 XLSX）",
    description:
      "需要管理员会话。列布局与导入相同（中文表头、中文选项），导出后原样导入不会产生任何变化。CSV 为带 BOM 的 UTF-8（Excel 可直接打开）。",
    tags: TAGS,
    admin: true,
    parameters: [
      { name: "format", in: "query", description: "csv（默认）或 xlsx", schema: { type: "string", enum: ["csv", "xlsx"], default: "csv" } },
    ],
    responses: {
      200: {
        description: "附件下载（Content-Disposition: attachment）",
        content: {
          "text/csv": { schema: { type: "string" } },
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", format: "binary" } },
        },
      },
      ...problemResponses(400, 401, 403),
    },
  },
];
