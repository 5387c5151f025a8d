import { FACTOR_LABELS } from "@/lib/domain/catalog";
import { formatDistance, formatFactor } from "@/lib/assessments/format";
import type { EvaluateResponse } from "@/lib/validations/evaluate";

/** How far each factor is from its threshold and what crossing it would do (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2). */
export function MarginsTable({ pruning }: { pruning: EvaluateResponse["pruning"] }) {
  return (
    <section aria-labelledby="margins-title">
      <h2 id="margins-title">距阈值的余量</h2>
      <div className="table-scroll">
        <table className="data">
          <caption className="sr-only">每个因子与其阈值的距离及翻转条件</caption>
          <thead>
            <tr>
              <th scope="col">因子</th>
              <th scope="col" className="num">取值</th>
              <th scope="col" className="num">阈值</th>
              <th scope="col" className="num">余量</th>
              <th scope="col">翻转条件</th>
            </tr>
          </thead>
          <tbody>
            {pruning.margins.map((m) => (
              <tr key={m.factor}>
                <th scope="row">
                  {FACTOR_LABELS[m.factor]}
                  <span className="small muted">（{pruning.factorSources[m.factor] === "given" ? "直接填写" : "由事实推导"}）</span>
                </th>
                <td className="num">{formatFactor(m.value)}</td>
                <td className="num">≥ {formatFactor(m.threshold)}</td>
                <td className="num">
                  <span className={`badge ${m.passes ? "ok" : "warn"}`}>{formatDistance(m.distance)}</span>
                </td>
                <td className="small">{m.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
