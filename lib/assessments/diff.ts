/**
 * What changed between two versions of an assessment: the inputs (questionnaire answers, as the
 * architect reads them) and the recommendation (each headline of the result).
 */
import { DECISION_LABELS, FACTOR_LABELS, FACTORS, SYNC_MODE_LABELS } from "@/lib/domain/catalog";
import type { DraftAnswers } from "@/lib/validations/assessment";
import type { EvaluateResponse } from "@/lib/validations/evaluate";
import { applicableAnswers } from "@/lib/domain/applicability";
import { formatDuration, formatFactor, formatScore } from "./format";
import { displayAnswer, displayFactorSource, QUESTION_FIELDS, QUESTIONS } from "./questions";

export interface DiffRow {
  key: string;
  label: string;
  from: string;
  to: string;
  changed: boolean;
}

const row = (key: string, label: string, from: string, to: string): DiffRow => ({ key, label, from, to, changed: from !== to });

/** Every question and factor source, old and new; answers to hidden questions count as unanswered. */
export function diffAnswers(fromAnswers: DraftAnswers, toAnswers: DraftAnswers): DiffRow[] {
  const a = applicableAnswers(fromAnswers);
  const b = applicableAnswers(toAnswers);
  const rows = QUESTION_FIELDS.map((field) => row(field, QUESTIONS[field].label, displayAnswer(field, a), displayAnswer(field, b)));
  for (const factor of FACTORS) {
    rows.push(row(`factor-source.${factor}`, `${FACTOR_LABELS[factor]}的填写方式`, displayFactorSource(factor, a), displayFactorSource(factor, b)));
  }
  return rows;
}

/** The headline of each part of a result, as text. */
export function recommendationSummary(result: EvaluateResponse): { key: string; label: string; value: string }[] {
  const { rootNode, pruning, combination, architecture, knowledgeCards, warnings } = result;
  return [
    { key: "architecture", label: "架构类型", value: architecture.profile.name },
    { key: "combination", label: "技术栈组合", value: `#${combination.stack.id} ${combination.stack.name}` },
    { key: "rto", label: "RTO 上限", value: formatDuration(rootNode.rtoMaxSeconds) },
    { key: "rpo", label: "RPO 上限", value: formatDuration(rootNode.rpoMaxSeconds) },
    { key: "syncMode", label: "同步方式", value: SYNC_MODE_LABELS[rootNode.syncMode] },
    { key: "decision", label: "存量系统裁剪决策", value: DECISION_LABELS[pruning.decision] },
    { key: "score", label: "裁剪得分", value: formatScore(pruning.score) },
    ...FACTORS.map((factor) => ({ key: factor, label: FACTOR_LABELS[factor], value: formatFactor(pruning.factors[factor]) })),
    {
      key: "knowledgeCards",
      label: "知识卡片",
      value: knowledgeCards.length === 0 ? "无" : knowledgeCards.map((k) => k.card.title).join("；"),
    },
    { key: "warnings", label: "警告", value: warnings.length === 0 ? "无" : warnings.map((w) => w.message).join("；") },
  ];
}

export function diffRecommendations(fromResult: EvaluateResponse, toResult: EvaluateResponse): DiffRow[] {
  const before = recommendationSummary(fromResult);
  const after = new Map(recommendationSummary(toResult).map((r) => [r.key, r]));
  return before.map((r) => row(r.key, r.label, r.value, after.get(r.key)?.value ?? "—"));
}

/** The default pair to compare: the two latest submitted versions, or null with fewer than two. */
export function defaultComparison(submittedVersions: readonly number[]): { from: number; to: number } | null {
  const sorted = [...submittedVersions].sort((x, y) => x - y);
  if (sorted.length < 2) return null;
  return { from: sorted[sorted.length - 2]!, to: sorted[sorted.length - 1]! };
}
