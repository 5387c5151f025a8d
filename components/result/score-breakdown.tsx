"use client";

/** The pruning score as weight × factor contributions (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2), chart plus table. */
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { FACTOR_LABELS, FACTOR_SHORT_LABELS, FACTORS } from "@/lib/domain/catalog";
import { Term } from "@/components/term";
import { formatFactor, formatScore } from "@/lib/assessments/format";
import type { EvaluateResponse } from "@/lib/validations/evaluate";

export const CHART_COLORS = { xinchuang: "#0b4f8a", goProficiency: "#17663a", couplingInverse: "#8a5300", rest: "#d5d9e0" } as const;

export function ScoreBreakdown({ pruning }: { pruning: EvaluateResponse["pruning"] }) {
  const rows = FACTORS.map((factor) => {
    const weight = pruning.weights[factor];
    const value = pruning.factors[factor];
    const contribution = Math.round(weight * value * 1e4) / 1e4;
    return { factor, name: FACTOR_LABELS[factor], axis: FACTOR_SHORT_LABELS[factor], weight, value, contribution, rest: Math.round((weight - contribution) * 1e4) / 1e4 };
  });
  return (
    <section aria-labelledby="breakdown-title">
      <h2 id="breakdown-title">得分构成</h2>
      <p className="muted">
        裁剪得分 = Σ 权重 × 因子（<Term id="xinchuang" />、<Term id="goProficiency" />、<Term id="couplingInverse" />）= <strong>{formatScore(pruning.score)}</strong>。深色为该因子贡献，浅色为满分时还差的部分。
      </p>
      <figure className="chart-frame chart-breakdown" aria-label="得分构成图：每个因子的权重乘以取值">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 0.5]} tickFormatter={(v: number) => v.toFixed(2)} />
            <YAxis type="category" dataKey="axis" width={92} />
            <Tooltip formatter={(v) => (typeof v === "number" ? formatScore(v) : String(v))} />
            <Bar dataKey="contribution" name="贡献" stackId="s" fill={CHART_COLORS.xinchuang} isAnimationActive={false}>
              <LabelList dataKey="contribution" position="insideRight" fill="#fff" formatter={(v) => (typeof v === "number" ? formatScore(v) : "")} />
            </Bar>
            <Bar dataKey="rest" name="未得分" stackId="s" fill={CHART_COLORS.rest} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <div className="table-scroll">
        <table className="data">
          <caption className="sr-only">得分构成</caption>
          <thead>
            <tr>
              <th scope="col">因子</th>
              <th scope="col" className="num">权重</th>
              <th scope="col" className="num">取值</th>
              <th scope="col" className="num">贡献</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.factor}>
                <th scope="row">{r.name}</th>
                <td className="num">{formatFactor(r.weight)}</td>
                <td className="num">{formatFactor(r.value)}</td>
                <td className="num">{formatScore(r.contribution)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">合计</th>
              <td className="num">1.00</td>
              <td />
              <td className="num">{formatScore(pruning.score)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
