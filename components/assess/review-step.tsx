"use client";

import { useWatch } from "react-hook-form";
import { FACTOR_LABELS, FACTORS } from "@/lib/domain/catalog";
import { applicableAnswers, questionApplies } from "@/lib/domain/applicability";
import { derivedFactor } from "@/lib/assessments/derived";
import { formatFactor } from "@/lib/assessments/format";
import { displayAnswer, FACTOR_STEPS, FIELD_STEPS, QUESTION_FIELDS, QUESTIONS, STEPS, type StepId } from "@/lib/assessments/questions";
import type { DraftAnswers } from "@/lib/validations/assessment";

/** Every answer by step, with a way back to change it, and the three factors as they stand. */
export function ReviewStep({ onEdit }: { onEdit: (step: StepId) => void }) {
  const answers = applicableAnswers(useWatch() as DraftAnswers);
  return (
    <>
      {STEPS.filter((s) => s.id !== "review").map((step) => (
        <section key={step.id} className="review-section" aria-labelledby={`review-${step.id}`}>
          <div className="row review-head">
            <h3 id={`review-${step.id}`}>{step.title}</h3>
            <button type="button" className="link-button" onClick={() => onEdit(step.id)}>
              修改<span className="sr-only">{step.title}</span>
            </button>
          </div>
          <dl className="answer-list">
            {QUESTION_FIELDS.filter((f) => FIELD_STEPS[f] === step.id && questionApplies(f, answers)).map((field) => (
              <div key={field}>
                <dt>{QUESTIONS[field].label}</dt>
                <dd>{displayAnswer(field, answers)}</dd>
              </div>
            ))}
            {FACTORS.filter((f) => FACTOR_STEPS[f] === step.id).map((factor) => {
              const expert = answers.expert?.[factor] === true;
              const derived = derivedFactor(answers, factor);
              const value = expert ? answers.factors?.[factor] : derived?.value;
              return (
                <div key={factor}>
                  <dt>{FACTOR_LABELS[factor]}</dt>
                  <dd>
                    <strong>{value === undefined ? "（待填写）" : formatFactor(value)}</strong>
                    <span className="muted">{expert ? "（专家模式，直接填写）" : "（由事实推导）"}</span>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}
