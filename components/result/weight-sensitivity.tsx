"use client";

/**
 * Weight sensitivity, computed in the browser with the engine's pure functions: move a weight and
 * the score follows; the decision does not, because it comes from per-factor thresholds
 * (seed 001 §4.2).
 */
import { useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { DECISION_LABELS, FACTOR_LABELS, FACTORS, type Factor } from "@/lib/domain/catalog";
import { pruningScore } from "@/lib/decision/pruning";
import { reweigh, weightSensitivity } from "@/lib/decision/sensitivity";
import { DEFAULT_WEIGHTS, type FactorValues, type Weights } from "@/lib/domain/thresholds";
import { formatFactor, formatScore } from "@/lib/assessments/format";
import { CHART_COLORS } from "./score-breakdown";

export function WeightSensitivity({ factors, weights: initial }: { factors: FactorValues; weights: Weights }) {
  const [weights, setWeights] = useState<Weights>(initial);
  const score = pruningScore(factors, weights);
  const sensitivity = weightSensitivity(factors, weights);
  const rows = sensitivity.series[0]!.points.map((point, i) => ({
    weight: point.weight,
    ...Object.fromEntries(sensitivity.series.map((s) => [s.factor, s.points[i]!.score])),
  }));
  // Zoom on the range the score can take, so the three lines are told apart.
  const yDomain = [Math.max(0, Math.floor((sensitivity.minScore - 0.05) * 20) / 20), Math.min(1, Math.ceil((sensitivity.maxScore + 0.05) * 20) / 20)];
  const set = (factor: Factor, value: number) => setWeights((w) => reweigh(w, factor, value));
  return (
    <section aria-labelledby="sensitivity-title">
      <h2 id="sensitivity-title">权重敏感性</h2>
      <p className="alert" data-testid="sensitivity-statement">
        <strong>权重只改变得分，不改变决策。</strong>
        {sensitivity.statement}
      </p>
      <div className="sensitivity">
        <fieldset className="weight-sliders">
          <legend>调整权重（其余两项按原比例分配剩余权重）</legend>
          {FACTORS.map((factor) => (
            <div key={factor} className="slider-row">
              <label htmlFor={`weight-${factor}`}>{FACTOR_LABELS[factor]}权重</label>
              <input
                id={`weight-${factor}`}
                type="range"
                min={0}
                max={1}
                step={0.01}
                value={weights[factor]}
                onChange={(e) => set(factor, Number(e.target.value))}
                aria-valuetext={formatFactor(weights[factor])}
              />
              <output htmlFor={`weight-${factor}`}>{formatFactor(weights[factor])}</output>
            </div>
          ))}
          <button type="button" className="btn secondary" onClick={() => setWeights({ ...DEFAULT_WEIGHTS })}>
            恢复默认权重 0.40 / 0.35 / 0.25
          </button>
        </fieldset>
        <div className="sensitivity-result" aria-live="polite">
          <p>
            当前权重下得分 <strong data-testid="sensitivity-score">{formatScore(score)}</strong>
            <span className="muted">（默认权重 {formatScore(pruningScore(factors, DEFAULT_WEIGHTS))}）</span>
          </p>
          <p>
            决策仍为 <strong data-testid="sensitivity-decision">{DECISION_LABELS[sensitivity.decision]}</strong>
          </p>
          <p className="small muted">
            任意合法权重下得分在 {formatScore(sensitivity.minScore)}（{FACTOR_LABELS[sensitivity.minAt]}权重为 1）到 {formatScore(sensitivity.maxScore)}（
            {FACTOR_LABELS[sensitivity.maxAt]}权重为 1）之间。
          </p>
        </div>
      </div>
      <figure className="chart-frame chart-sensitivity" aria-label="得分随各因子权重变化的曲线">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 24, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="weight" type="number" domain={[0, 1]} tickFormatter={(v: number) => v.toFixed(1)} label={{ value: "该因子的权重", position: "insideBottom", offset: -12 }} />
            <YAxis domain={yDomain} tickFormatter={(v: number) => v.toFixed(2)} width={44} />
            <Tooltip formatter={(v) => (typeof v === "number" ? formatScore(v) : String(v))} labelFormatter={(v) => `权重 ${formatFactor(Number(v))}`} />
            <Legend verticalAlign="top" height={28} />
            {FACTORS.map((factor) => (
              <Line key={factor} dataKey={factor} name={FACTOR_LABELS[factor]} stroke={CHART_COLORS[factor]} dot={false} strokeWidth={2} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
    </section>
  );
}
