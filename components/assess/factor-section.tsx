"use client";

import type { ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { FACTOR_LABELS, type Factor } from "@/lib/domain/catalog";
import { derivedFactor } from "@/lib/assessments/derived";
import { formatFactor } from "@/lib/assessments/format";
import { EXPERT_TEXT } from "@/lib/assessments/questions";
import type { DraftAnswers } from "@/lib/validations/assessment";
import { Term } from "@/components/term";
import { CheckboxField, NumberField } from "./fields";

/** The normalizer's value for the facts entered so far, next to the facts. */
function DerivedValue({ factor }: { factor: Factor }) {
  const values = useWatch() as DraftAnswers;
  const derived = derivedFactor(values, factor);
  return (
    <div className="derived" aria-live="polite">
      {derived ? (
        <>
          <p>
            推导出的<Term id={factor}>{FACTOR_LABELS[factor]}</Term>：<strong data-testid={`derived-${factor}`}>{formatFactor(derived.value)}</strong>{" "}
            <span className={`badge ${derived.passes ? "ok" : "warn"}`}>
              {derived.passes ? "达到" : "低于"}阈值 {derived.threshold.toFixed(2)}
            </span>
          </p>
          <p className="small muted">{derived.explanation}</p>
        </>
      ) : (
        <p className="small muted">填写上面的事实后，这里显示推导出的{FACTOR_LABELS[factor]}（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2 换算规则）。</p>
      )}
    </div>
  );
}

/** One factor's facts, or — in expert mode — the factor itself as a number in [0, 1]. */
export function FactorSection({ factor, legend, children }: { factor: Factor; legend: string; children: ReactNode }) {
  const { control } = useFormContext<DraftAnswers>();
  const expert = useWatch({ control, name: `expert.${factor}` }) === true;
  return (
    <fieldset className="factor-section">
      <legend>{legend}</legend>
      <CheckboxField name={`expert.${factor}`} label={EXPERT_TEXT.toggle(factor)} />
      {expert ? (
        <NumberField name={`factors.${factor}`} label={EXPERT_TEXT.value(factor)} help={EXPERT_TEXT.help} min={0} max={1} step={0.01} />
      ) : (
        <>
          {children}
          <DerivedValue factor={factor} />
        </>
      )}
    </fieldset>
  );
}
