/**
 * The import API's shapes, as zod schemas: parsed by the route handlers, documented by the OpenAPI
 * generator (lib/openapi/paths/admin.ts), and typed for the admin UI. Client-safe: no server code.
 */
import { z } from "@/lib/validations/zod";
import { ENTERPRISE_COLUMNS, type EnterpriseField } from "@/lib/validations/enterprise";

const FIELD_KEYS = ENTERPRISE_COLUMNS.map((column) => column.key) as [EnterpriseField, ...EnterpriseField[]];
export const enterpriseFieldSchema = z.enum(FIELD_KEYS);

export const mappingNameSchema = z
  .string()
  .trim()
  .min(1, "请填写映射名称")
  .max(60, "映射名称不能超过 60 个字符");

/** Source header → field, or null to ignore the column on purpose. */
export const savedMappingSchema = z
  .record(z.string().trim().min(1).max(200), enterpriseFieldSchema.nullable())
  .refine((mapping) => Object.keys(mapping).length <= 200, "列映射最多 200 列");

export const saveMappingSchema = z.object({ name: mappingNameSchema, mapping: savedMappingSchema });

/** Optional text fields of the multipart upload (besides `file`). */
export const importFormSchema = z.object({
  sheet: z.string().trim().min(1).max(100).optional(),
  mapping: mappingNameSchema.optional(),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/, "fingerprint 应为预览返回的 16 位十六进制值").optional(),
});

export const importQuerySchema = z.object({
  dryRun: z
    .enum(["1", "0", "true", "false"], { message: "dryRun 只能是 1 或 0" })
    .optional()
    .transform((value) => value === "1" || value === "true"),
});

export const exportQuerySchema = z.object({
  format: z.enum(["csv", "xlsx"], { message: "format 只能是 csv 或 xlsx" }).default("csv"),
});

export const batchIdSchema = z.string().trim().min(1, "批次编号无效").max(100, "批次编号无效");

export const rowErrorSchema = z.object({
  row: z.number().int().describe("表格中的行号（表头为第 1 行；JSON 为数组中的序号，从 1 开始）"),
  column: z.string().describe("文件中的列名（整行问题时为空）"),
  message: z.string(),
});

export const fieldDiffSchema = z.object({
  field: enterpriseFieldSchema,
  column: z.string().describe("中文列名"),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const rowStatusSchema = z.enum(["new", "update", "unchanged", "error"]);

export const previewRowSchema = z.object({
  row: z.number().int(),
  status: rowStatusSchema,
  code: z.string().nullable().describe("企业编号；出错行为文件中读到的原值（空单元格为 null）"),
  label: z.string().nullable().describe("企业名称；出错行为文件中读到的原值（空单元格为 null）"),
  errors: z.array(rowErrorSchema),
  warnings: z.array(rowErrorSchema),
  changes: z.array(fieldDiffSchema).describe("更新行：逐字段的变化"),
});

export const countsSchema = z.object({
  new: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  error: z.number().int(),
  total: z.number().int(),
});

const errorSummarySchema = z.object({
  total: z.number().int().describe("文件中的行错误总数（含未列出的）"),
  listed: z.number().int().describe("errors 中列出的行错误数（最多约 1000 条，按行号取最前面的行）"),
  rows: z.number().int().describe("有错误的行数"),
  listedRows: z.number().int().describe("错误已列出的行数；其余错误行不出现在 rows 中"),
  byColumn: z.array(z.object({ column: z.string(), count: z.number().int() })).describe("每列的错误数（含未列出的），从多到少；整行问题的列为空"),
});

export const previewResponseSchema = z.object({
  dryRun: z.literal(true),
  fileName: z.string(),
  sha256: z.string(),
  format: z.enum(["csv", "xlsx", "json"]),
  encoding: z.string().nullable(),
  sheet: z.string().nullable(),
  sheets: z.array(z.string()),
  rowCount: z.number().int().describe("读取到的数据行数（不含表头与空行）"),
  dataLines: z
    .number()
    .int()
    .describe("文件中的数据行数，与读取分开计数（CSV：表头之后的非空记录，引号内的换行属于所在记录；XLSX：非空行；JSON：数组元素）；与 rowCount 不等时不能提交"),
  fingerprint: z.string().describe("提交时原样回传；数据在预览后变化则提交返回 409"),
  canCommit: z.boolean(),
  counts: countsSchema,
  fileErrors: z.array(z.string()),
  warnings: z.array(z.string()),
  mapping: z.object({
    headers: z.array(z.string()).describe("文件中的全部表头，按顺序"),
    columns: z.array(z.object({ header: z.string(), field: enterpriseFieldSchema, column: z.string() })),
    unknownHeaders: z.array(z.string()),
    missingRequired: z.array(z.string()),
  }),
  errors: z.array(rowErrorSchema).describe("列出的行错误，按行号（总数见 errorSummary）"),
  errorSummary: errorSummarySchema,
  rows: z.array(previewRowSchema).describe("每个数据行；错误未列出的错误行除外（见 errorSummary）"),
});

export const commitResponseSchema = z.object({
  batchId: z.string(),
  createdAt: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  format: z.enum(["csv", "xlsx", "json"]),
  fingerprint: z.string(),
  counts: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
});

export const revertResponseSchema = z.object({
  batchId: z.string(),
  status: z.literal("reverted"),
  revertedAt: z.string(),
  restored: z.number().int().describe("恢复为导入前内容的记录数"),
  deleted: z.number().int().describe("删除的本批次新增记录数"),
});

export type RowError = z.infer<typeof rowErrorSchema>;
export type PreviewRow = z.infer<typeof previewRowSchema>;
export type PreviewResponse = z.infer<typeof previewResponseSchema>;
export type CommitResponse = z.infer<typeof commitResponseSchema>;
export type SavedMappingInput = z.infer<typeof savedMappingSchema>;
