/**
 * One survey enterprise record: the canonical shape stored in the database, shipped in
 * `data/enterprises.csv`, accepted by the importer and written by the exporter.
 *
 * `ENTERPRISE_COLUMNS` is the column layout of the CSV/XLSX files, in order, with the Chinese
 * header the export writes and the English key the import also accepts.
 */
import { z } from "@/lib/validations/zod";
import {
  ARCHITECTURE_TYPES,
  CPU_FAMILIES,
  CRYPTO_MODES,
  DECISIONS,
  DISTRICTS,
  ERROR_CATEGORIES,
  INDUSTRIES,
  OUTCOMES,
  TARGET_OSES,
  TIERS,
  TOP_CRITERIA,
} from "@/lib/domain/catalog";

export const ENTERPRISE_CODE_PATTERN = /^TJ-\d{2,6}$/;

const factor = z.number().min(0, "不能小于 0").max(1, "不能大于 1（100%）").nullable();
const count = (max: number) => z.number().int("必须是整数").min(0, "不能为负数").max(max, `不能大于 ${max}`).nullable();

export const enterpriseRecordSchema = z
  .object({
    code: z.string().regex(ENTERPRISE_CODE_PATTERN, "企业编号格式应为 TJ-数字，如 TJ-07"),
    label: z.string().trim().min(1, "名称不能为空").max(80, "名称不能超过 80 个字符"),
    district: z.enum(DISTRICTS),
    industry: z.enum(INDUSTRIES),
    architectureType: z.enum(ARCHITECTURE_TYPES),
    goVersion: z
      .string()
      .regex(/^1\.\d{1,2}$/, "Go 版本格式应为 1.xx，如 1.21")
      .nullable(),
    teamSize: count(100000),
    goServicesLast6m: count(10000),
    requiresGoroutineFluency: z.boolean().nullable(),
    requiresSchedulerSource: z.boolean().nullable(),
    targetOs: z.enum(TARGET_OSES).nullable(),
    cpu: z.enum(CPU_FAMILIES).nullable(),
    crypto: z.enum(CRYPTO_MODES).nullable(),
    tier: z.enum(TIERS).nullable(),
    xinchuang: factor,
    goProficiency: factor,
    couplingInverse: factor,
    topCriterion: z.enum(TOP_CRITERIA).nullable(),
    hardXinchuang: z.boolean().nullable(),
    hardTjHardware: z.boolean().nullable(),
    adaptationDays: count(10000),
    historicalDecision: z.enum(DECISIONS).nullable(),
    historicalCombination: z.number().int().min(1, "组合编号为 1–7").max(7, "组合编号为 1–7").nullable(),
    outcome: z.enum(OUTCOMES),
    errorCategories: z.array(z.enum(ERROR_CATEGORIES)),
    reconstructed: z.boolean(),
    note: z.string().max(500, "备注不能超过 500 个字符").nullable(),
  })
  .superRefine((record, ctx) => {
    if (record.outcome === "success" && record.errorCategories.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["errorCategories"],
        message: "只有反例才有错误类别",
      });
    }
  });

export type EnterpriseRecord = z.infer<typeof enterpriseRecordSchema>;
export type EnterpriseField = keyof EnterpriseRecord;

export type ColumnKind = "text" | "enum" | "int" | "factor" | "boolean" | "list";

export interface EnterpriseColumn {
  key: EnterpriseField;
  /** Header written by the export; also accepted by the import. */
  header: string;
  kind: ColumnKind;
}

/** The file layout, in order. Import accepts `header` or `key` (case-insensitive) for each. */
export const ENTERPRISE_COLUMNS: readonly EnterpriseColumn[] = [
  { key: "code", header: "企业编号", kind: "text" },
  { key: "label", header: "企业名称", kind: "text" },
  { key: "district", header: "所在区", kind: "enum" },
  { key: "industry", header: "行业", kind: "enum" },
  { key: "architectureType", header: "架构类型", kind: "enum" },
  { key: "goVersion", header: "Go 版本", kind: "text" },
  { key: "teamSize", header: "Go 团队人数", kind: "int" },
  { key: "goServicesLast6m", header: "近半年交付 Go 服务数", kind: "int" },
  { key: "requiresGoroutineFluency", header: "要求熟练掌握 goroutine 与 channel", kind: "boolean" },
  { key: "requiresSchedulerSource", header: "要求理解 runtime 调度器源码", kind: "boolean" },
  { key: "targetOs", header: "目标操作系统", kind: "enum" },
  { key: "cpu", header: "CPU", kind: "enum" },
  { key: "crypto", header: "国密要求", kind: "enum" },
  { key: "tier", header: "业务连续性等级", kind: "enum" },
  { key: "xinchuang", header: "信创适配度", kind: "factor" },
  { key: "goProficiency", header: "Go 熟练度", kind: "factor" },
  { key: "couplingInverse", header: "耦合度倒数", kind: "factor" },
  { key: "topCriterion", header: "首要选型指标", kind: "enum" },
  { key: "hardXinchuang", header: "信创适配深度为刚性约束", kind: "boolean" },
  { key: "hardTjHardware", header: "津产硬件兼容为刚性约束", kind: "boolean" },
  { key: "adaptationDays", header: "信创适配耗时(人日)", kind: "int" },
  { key: "historicalDecision", header: "历史裁剪决策", kind: "enum" },
  { key: "historicalCombination", header: "历史技术栈组合", kind: "int" },
  { key: "outcome", header: "选型结果", kind: "enum" },
  { key: "errorCategories", header: "错误类别", kind: "list" },
  { key: "reconstructed", header: "重构记录", kind: "boolean" },
  { key: "note", header: "备注", kind: "text" },
];
