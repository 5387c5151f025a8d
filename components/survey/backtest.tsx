import { DECISION_LABELS } from "@/lib/domain/catalog";
import type { BacktestReport, TreeQualityReport } from "@/lib/decision";

const STATUS = {
  pass: { label: "达标", badge: "ok" },
  fail: { label: "未达标", badge: "bad" },
  "not-computable": { label: "无法计算", badge: "warn" },
} as const;

const decisionLabel = (decision: keyof typeof DECISION_LABELS | null | undefined) => (decision ? DECISION_LABELS[decision] : "未记录");

/** Today's rules over the 12 counter-examples (seed 001 §4.4). */
export function BacktestTable({ report }: { report: BacktestReport }) {
  return (
    <div className="table-scroll">
      <table className="data">
        <caption className="sr-only">回测：今天的规则对每个历史反例的裁剪决策</caption>
        <thead>
          <tr>
            <th scope="col">编号</th>
            <th scope="col">企业（重构记录）</th>
            <th scope="col">错误类别</th>
            <th scope="col">当年决策</th>
            <th scope="col">今天的规则</th>
            <th scope="col">是否不同</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.code}</th>
              <td>{row.label}</td>
              <td>{row.errorCategoryLabels.join("；") || "—"}</td>
              <td>{decisionLabel(row.historical.decision)}</td>
              <td>{row.today ? decisionLabel(row.today.decision) : "—"}</td>
              <td>
                {row.differs === null ? (
                  <span className="badge warn">无法计算</span>
                ) : row.differs ? (
                  <span className="badge ok">会改判</span>
                ) : (
                  <span className="badge bad">相同</span>
                )}
              </td>
              <td className="small">{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The tree limits and quality thresholds, computed where the stored data allows. */
export function TreeQualityTable({ report }: { report: TreeQualityReport }) {
  return (
    <div className="table-scroll">
      <table className="data">
        <caption className="sr-only">决策树约束与质量阈值</caption>
        <thead>
          <tr>
            <th scope="col">指标</th>
            <th scope="col" className="num">阈值</th>
            <th scope="col" className="num">实测</th>
            <th scope="col">结论</th>
            <th scope="col">算法</th>
          </tr>
        </thead>
        <tbody>
          {report.metrics.map((metric) => (
            <tr key={metric.key}>
              <th scope="row">{metric.label}</th>
              <td className="num">
                {metric.comparator === "<=" ? "≤" : "≥"} {metric.threshold}
              </td>
              <td className="num">{metric.value ?? "—"}</td>
              <td>
                <span className={`badge ${STATUS[metric.status].badge}`}>{STATUS[metric.status].label}</span>
              </td>
              <td className="small">{metric.reason ?? metric.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
