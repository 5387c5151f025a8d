import type { CSSProperties } from "react";
import { DECISION_LABELS } from "@/lib/domain/catalog";
import type { BacktestReport, TreeQualityReport } from "@/lib/decision";

const STATUS = {
  pass: { label: "达标", badge: "ok" },
  fail: { label: "未达标", badge: "bad" },
  "not-computable": { label: "无法计算", badge: "warn" },
} as const;

const ORIGIN = { article: "原文阈值", product: "本产品阈值" } as const;

/**
 * Three columns at most, every cell allowed to wrap anywhere; on a phone each row is a card
 * (`table.stacked`), every cell named by its column (`data-label`), so the long notes and
 * definitions get the screen's whole width instead of a third of it.
 */
const WRAP: CSSProperties = { overflowWrap: "anywhere" };
const TIGHT_LIST: CSSProperties = { margin: "0.35rem 0 0", paddingLeft: "1.1rem" };

const decisionLabel = (decision: keyof typeof DECISION_LABELS | null | undefined) => (decision ? DECISION_LABELS[decision] : "未记录");

function DiffersBadge({ differs }: { differs: boolean | null }) {
  if (differs === null) return <span className="badge warn">无法计算</span>;
  return differs ? <span className="badge ok">会改判</span> : <span className="badge bad">相同</span>;
}

/** Today's rules over the survey's counter-examples (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4), one note per row saying what happened to it. */
export function BacktestTable({ report }: { report: BacktestReport }) {
  return (
    <div className="table-scroll">
      <table className="data stacked">
        <caption className="sr-only">回测：今天的规则对每个历史反例的裁剪决策</caption>
        <thead>
          <tr>
            <th scope="col">企业（重构记录）</th>
            <th scope="col">当年 → 今天</th>
            <th scope="col">错误类别与说明</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" style={WRAP}>
                {row.code}
                <div className="small muted">{row.label}</div>
              </th>
              <td style={WRAP} data-label="当年 → 今天">
                <div>{decisionLabel(row.historical.decision)}</div>
                <div>→ {row.today ? decisionLabel(row.today.decision) : "—"}</div>
                <DiffersBadge differs={row.differs} />
              </td>
              <td className="small" style={WRAP} data-label="错误类别与说明">
                <div>
                  <strong>{row.errorCategoryLabels.join("；") || "—"}</strong>
                </div>
                <div>{row.note}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Metrics whose detail value is not itself a record count: say how many records it is computed over. */
const SHOWS_SAMPLES: ReadonlySet<string> = new Set(["ccp-alpha", "leaf-gini", "information-gain", "generalisation"]);

const formatValue = (value: number | null) => (value === null ? "—" : String(value));

/** The tree limits and quality thresholds, each with its exact definition and per-leaf / per-split figures. */
export function TreeQualityTable({ report }: { report: TreeQualityReport }) {
  return (
    <div className="table-scroll">
      <table className="data stacked">
        <caption className="sr-only">决策树约束与质量阈值</caption>
        <thead>
          <tr>
            <th scope="col">指标</th>
            <th scope="col">阈值 / 实测</th>
            <th scope="col">定义与明细</th>
          </tr>
        </thead>
        <tbody>
          {report.metrics.map((metric) => (
            <tr key={metric.key}>
              <th scope="row" style={WRAP}>
                {metric.label}
              </th>
              <td style={WRAP} data-label="阈值 / 实测">
                <div>
                  {metric.comparator === "<=" ? "≤" : "≥"} {metric.threshold}
                  <span className="small muted">（{ORIGIN[metric.thresholdOrigin]}）</span>
                </div>
                <div>实测 {formatValue(metric.value)}</div>
                <span className={`badge ${STATUS[metric.status].badge}`}>{STATUS[metric.status].label}</span>
              </td>
              <td className="small" style={WRAP} data-label="定义与明细">
                {metric.reason ? <div>{metric.reason}</div> : null}
                <div>{metric.note}</div>
                <ul style={TIGHT_LIST}>
                  {metric.details.map((detail) => (
                    <li key={detail.id}>
                      {detail.label}：{formatValue(detail.value)}
                      {SHOWS_SAMPLES.has(metric.key) ? `（${detail.samples} 条记录）` : ""} · {STATUS[detail.status].label}
                      {detail.reason && detail.reason !== metric.reason ? `：${detail.reason}` : ""}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
