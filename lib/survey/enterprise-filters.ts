/**
 * Query filters of GET /api/v1/enterprises (and of the table's selects): each optional, each an
 * exact catalogue value. An unknown value or parameter is a 400, never "no filter".
 */
import { z } from "@/lib/validations/zod";
import {
  ARCHITECTURE_TYPES,
  DISTRICTS,
  INDUSTRIES,
  OUTCOMES,
} from "@/lib/domain/catalog";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";

const oneOf = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  z
    .enum(values, { error: (issue) => `未知的${name}：${String(issue.input)}（可选值：${values.join("、")}）` })
    .optional();

export const enterpriseFiltersSchema = z.strictObject(
  {
    district: oneOf(DISTRICTS, "所在区").describe("所在区"),
    industry: oneOf(INDUSTRIES, "行业").describe("行业"),
    architectureType: oneOf(ARCHITECTURE_TYPES, "架构类型").describe("架构类型"),
    outcome: oneOf(OUTCOMES, "选型结果").describe("选型结果"),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `不支持的查询参数：${issue.keys.join("、")}` : undefined) },
);
export type EnterpriseFilters = z.infer<typeof enterpriseFiltersSchema>;
export const ENTERPRISE_FILTER_KEYS = ["district", "industry", "architectureType", "outcome"] as const;

/** URLSearchParams → plain object; a repeated parameter keeps every value so that zod refuses it. */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length === 1 ? values[0]! : values;
  }
  return result;
}

export function filterEnterprises(records: readonly EnterpriseRecord[], filters: EnterpriseFilters): EnterpriseRecord[] {
  return records.filter((record) =>
    ENTERPRISE_FILTER_KEYS.every((key) => filters[key] === undefined || record[key] === filters[key]),
  );
}
