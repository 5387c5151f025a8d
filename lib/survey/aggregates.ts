/**
 * Survey aggregates over the stored enterprise records (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1, §2.1, §4.4). Each share
 * carries its numerator and its own denominator: the respondents who answered that question
 * (a null answer is "not answered", not "no").
 */
import {
  ERROR_CATEGORIES,
  type ErrorCategory,
} from "@/lib/domain/catalog";
import type { EnterpriseRecord } from "@/lib/validations/enterprise";

export interface Share {
  numerator: number;
  denominator: number;
  /** Rounded to two decimals (whole-percent displays round this once more); null when nobody answered. */
  percent: number | null;
}

export function share(numerator: number, denominator: number): Share {
  return {
    numerator,
    denominator,
    percent: denominator === 0 ? null : Math.round((10000 * numerator) / denominator) / 100,
  };
}

/** Share of records whose answer satisfies `test`, among those that answered (answer !== null). */
function answeredShare<T>(records: readonly EnterpriseRecord[], answer: (r: EnterpriseRecord) => T | null, test: (value: T) => boolean): Share {
  let numerator = 0;
  let denominator = 0;
  for (const record of records) {
    const value = answer(record);
    if (value === null) continue;
    denominator += 1;
    if (test(value)) numerator += 1;
  }
  return share(numerator, denominator);
}

export interface SurveyHeadlines {
  enterprises: number;
  topCriterionLocalOps: Share;
  hardXinchuang: Share;
  hardTjHardware: Share;
  requiresGoroutineFluency: Share;
  requiresSchedulerSource: Share;
  counterExamples: Share;
  /** Shares among counter-examples, per error category. */
  errorCategories: Record<ErrorCategory, Share>;
}

const isTrue = (value: boolean) => value;

export function surveyHeadlines(records: readonly EnterpriseRecord[]): SurveyHeadlines {
  const counterExamples = records.filter((r) => r.outcome === "counter-example");
  const errorCategories = Object.fromEntries(
    ERROR_CATEGORIES.map((category) => [
      category,
      share(counterExamples.filter((r) => r.errorCategories.includes(category)).length, counterExamples.length),
    ]),
  ) as Record<ErrorCategory, Share>;
  return {
    enterprises: records.length,
    topCriterionLocalOps: answeredShare(records, (r) => r.topCriterion, (v) => v === "local-ops-response"),
    hardXinchuang: answeredShare(records, (r) => r.hardXinchuang, isTrue),
    hardTjHardware: answeredShare(records, (r) => r.hardTjHardware, isTrue),
    requiresGoroutineFluency: answeredShare(records, (r) => r.requiresGoroutineFluency, isTrue),
    requiresSchedulerSource: answeredShare(records, (r) => r.requiresSchedulerSource, isTrue),
    counterExamples: share(counterExamples.length, records.length),
    errorCategories,
  };
}
