/**
 * The survey summary behind /insights and GET /api/v1/survey/summary: every figure computed from
 * the stored records (which may change by import), next to the figure the seed published.
 */
import {
  ARCHITECTURE_TYPES,
  ARCHITECTURE_TYPE_LABELS,
  DISTRICTS,
  DISTRICT_LABELS,
  ERROR_CATEGORIES,
  ERROR_CATEGORY_LABELS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
  type ErrorCategory,
} from "@/lib/domain/catalog";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";
import { surveyHeadlines } from "./aggregates";
import { distribution } from "./distributions";
import type { HeadlineKey, SurveySummary } from "./schemas";

export const NATIONAL_AVERAGE_KEY = "national-top-criterion-local-ops";

/** The five headline questions with the seed's published whole percent. */
export const HEADLINE_SPECS: readonly { key: HeadlineKey; label: string; seedPercent: number; source: string }[] = [
  { key: "topCriterionLocalOps", label: "将“本地化运维响应时效”列为首要选型指标", seedPercent: 86, source: "《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章" },
  { key: "hardXinchuang", label: "以“信创适配深度”为刚性约束", seedPercent: 79, source: "《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章" },
  { key: "hardTjHardware", label: "以“津产硬件兼容性”为刚性约束", seedPercent: 71, source: "《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章" },
  { key: "requiresGoroutineFluency", label: "要求熟练掌握 goroutine 调度与 channel 通信", seedPercent: 82, source: "《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.1" },
  { key: "requiresSchedulerSource", label: "要求深度理解 runtime 调度器源码", seedPercent: 37, source: "《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.1" },
];

/** 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4: 12 counter-examples, 83 % pseudo-correlated variables, 67 % tiny leaves. */
export const SEED_COUNTER_EXAMPLES = 12;
export const SEED_CATEGORY_PERCENT: Record<ErrorCategory, number | null> = {
  "pseudo-correlated": 83,
  "tiny-leaf": 67,
  "redundant-path": null,
  overconfident: null,
};

/** The cases 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4 names, and what each taught the validation rules (our wording). */
export const NAMED_CASES: readonly { code: string; finding: string }[] = [
  { code: "TJ-07", finding: "叶节点样本过少，分支碎片化（由此设定每个叶节点至少 10 个样本）" },
  { code: "TJ-22", finding: "叶节点样本过少，分支碎片化（由此设定每个叶节点至少 10 个样本）" },
  { code: "TJ-14", finding: "7 层冗余决策路径（由此限定树深不超过 5 层）" },
  { code: "TJ-31", finding: "虚假高置信度的过度自信预测（由此采用 α = 0.01 的代价复杂度剪枝）" },
];

export interface NationalFigure {
  key: string;
  label: string;
  value: number;
  source: string;
}

export function buildSurveySummary(records: readonly EnterpriseRecord[], national: NationalFigure | null): SurveySummary {
  const headlines = surveyHeadlines(records);
  const byCode = new Map(records.map((record) => [record.code, record]));
  return {
    enterprises: records.length,
    reconstructed: records.filter((record) => record.reconstructed).length,
    nationalAverage: national
      ? { key: national.key, label: national.label, percent: national.value, source: national.source }
      : null,
    headlines: HEADLINE_SPECS.map((spec) => ({ ...spec, ...headlines[spec.key] })),
    counterExamples: {
      share: headlines.counterExamples,
      seedCount: SEED_COUNTER_EXAMPLES,
      categories: ERROR_CATEGORIES.map((category) => ({
        category,
        label: ERROR_CATEGORY_LABELS[category],
        seedPercent: SEED_CATEGORY_PERCENT[category],
        ...headlines.errorCategories[category],
      })),
      namedCases: NAMED_CASES.map(({ code, finding }) => {
        const record = byCode.get(code);
        return {
          code,
          label: record?.label ?? null,
          categories: record?.errorCategories ?? [],
          finding,
          source: "《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4",
        };
      }),
    },
    distributions: {
      district: distribution(records, (r) => r.district, { keys: DISTRICTS, labels: DISTRICT_LABELS, byCount: true }),
      industry: distribution(records, (r) => r.industry, { keys: INDUSTRIES, labels: INDUSTRY_LABELS, byCount: true }),
      architectureType: distribution(records, (r) => r.architectureType, {
        keys: ARCHITECTURE_TYPES,
        labels: ARCHITECTURE_TYPE_LABELS,
        keepEmpty: true,
      }),
      goVersion: distribution(records, (r) => r.goVersion, { labels: (version) => `Go ${version}` }),
      outcome: distribution(records, (r) => r.outcome, { keys: OUTCOMES, labels: OUTCOME_LABELS, keepEmpty: true }),
    },
  };
}
