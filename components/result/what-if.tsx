"use client";

/**
 * What-if on the three factors, computed in the browser with the engine's pure functions
 * (lib/decision/what-if.ts): move a factor and see the decision, and for each factor the ranges
 * over which it stays the same with the other two held — i.e. where it flips.
 */
import { useState } from "react";
import { DECISION_LABELS, FACTOR_LABELS, FACTORS, type Decision, type Factor } from "@/lib/domain/catalog";
import { SCORE_ROLE, decisionFor, whatIf, type WhatIfRange } from "@/lib/decision/what-if";
import type { FactorValues } from "@/lib/domain/thresholds";
import { formatFactor } from "@/lib/assessments/format";

export const DECISION_TONE: Readonly<Record<Decision, "ok" | "info" | "warn">> = { automated: "ok", "manual-review": "info", defer: "warn" };

function rangeText(range: WhatIfRange): string {
  return `${formatFactor(range.from)}–${formatFactor(range.to)}${range.toInclusive ? "" : "（不含）"}：${DECISION_LABELS[range.decision]}`;
}

function Strip({ factor, ranges, value, threshold }: { factor: Factor; ranges: WhatIfRange[]; value: number; threshold: number }) {
  return (
    <div className="what-if-strip" role="img" aria-label={`${FACTOR_LABELS[factor]}：${ranges.map(rangeText).join("；")}`}>
      {ranges.map((range) => (
        <span key={range.from} className={`what-if-range ${DECISION_TONE[range.decision]}`} style={{ width: `${(range.to - range.from) * 100}%` }}>
          {DECISION_LABELS[range.decision]}
        </span>
      ))}
      {ranges.length === 2 ? <span className="what-if-threshold" style={{ left: `${threshold * 100}%` }} aria-hidden /> : null}
      <span className="what-if-marker" style={{ left: `${value * 100}%` }} aria-hidden />
    </div>
  );
}

export function WhatIf({ factors: initial, capped }: { factors: FactorValues; capped: boolean }) {
  const [factors, setFactors] = useState<FactorValues>(initial);
  const decision = decisionFor(factors, capped);
  const rows = whatIf(factors, capped);
  const changed = FACTORS.some((factor) => factors[factor] !== initial[factor]);
  return (
    <section aria-labelledby="what-if-title">
      <h2 id="what-if-title">假如因子不同：决策在哪里翻转</h2>
      <p className="small">{SCORE_ROLE}</p>
      <p aria-live="polite">
        按这组因子，决策为{" "}
        <strong className={`badge ${DECISION_TONE[decision]}`} data-testid="what-if-decision">
          {DECISION_LABELS[decision]}
        </strong>
        {changed ? <span className="muted small">（本次评估的决策为 {DECISION_LABELS[decisionFor(initial, capped)]}）</span> : null}
      </p>
      <ul className="what-if plain-list">
        {rows.map((row) => (
          <li key={row.factor} className="what-if-row">
            <div className="slider-row">
              <label htmlFor={`what-if-${row.factor}`}>{FACTOR_LABELS[row.factor]}</label>
              <input
                id={`what-if-${row.factor}`}
                type="range"
                min={0}
                max={1}
                step={0.01}
                value={row.value}
                onChange={(e) => setFactors((f) => ({ ...f, [row.factor]: Number(e.target.value) }))}
                aria-valuetext={formatFactor(row.value)}
              />
              <output htmlFor={`what-if-${row.factor}`}>{formatFactor(row.value)}</output>
            </div>
            <Strip factor={row.factor} ranges={row.ranges} value={row.value} threshold={row.threshold} />
            <p className="small" data-testid={`what-if-statement-${row.factor}`}>
              {row.statement}
            </p>
          </li>
        ))}
      </ul>
      <button type="button" className="btn secondary" onClick={() => setFactors({ ...initial })} disabled={!changed}>
        恢复本次评估的因子
      </button>
    </section>
  );
}
