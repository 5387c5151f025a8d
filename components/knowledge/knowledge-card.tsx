/**
 * One knowledge card (《Go 语言微服务跨国通信协议选型》、《Go 语言以后的发展趋势》、《Go 1.22 新特性对大厂存量系统的影响评估》、《服务网格演进与轻量级 Sidecar 的必要性》) as an anchored section (/knowledge#edge-sidecars):
 * summary, test conditions, its charts and the full table, unknown cells stated as such.
 */
import Link from "next/link";
import { ChartFigure } from "@/components/charts/chart-figure";
import { ScrollRegion } from "@/components/charts/scroll-region";
import { cellText, knowledgeCharts } from "@/lib/survey/knowledge-figures";
import type { KnowledgeCard } from "@/lib/validations/reference";

export function KnowledgeCardSection({ card }: { card: KnowledgeCard }) {
  const charts = knowledgeCharts(card);
  return (
    <section id={card.id} className="card stack knowledge-card" aria-labelledby={`${card.id}-title`}>
      <div>
        <h2 id={`${card.id}-title`}>{card.title}</h2>
        <p className="small muted">
          出处：{card.seedSection}（<Link href={`/sources#source-${card.article}`}>关于这篇文章</Link>）
        </p>
      </div>
      <p>{card.summary}</p>
      <p className="alert">
        <strong>测试条件：</strong>
        {card.testConditions}
      </p>
      {charts.length > 0 ? (
        <div className="chart-grid">
          {charts.map((spec) => (
            <ChartFigure key={spec.id} spec={spec} />
          ))}
        </div>
      ) : null}
      <ScrollRegion label={`${card.title}：原始数据表（可横向滚动）`}>
        <table className="data">
          <caption className="chart-title">原始数据表</caption>
          <thead>
            <tr>
              {card.columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                  {c.unit ? `（${c.unit}）` : ""}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {card.rows.map((row, i) => (
              <tr key={i}>
                {card.columns.map((c, j) => {
                  const value = row[c.key];
                  const text = cellText(value, null);
                  return j === 0 ? (
                    <th key={c.key} scope="row">
                      {text}
                    </th>
                  ) : (
                    <td key={c.key} className={value === null ? "missing" : typeof value === "number" ? "num" : undefined}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {card.notes ? (
        // How the table was read from the article (cut-off cells, shifted columns): there for whoever checks a figure.
        <details className="small muted data-notes">
          <summary>数据说明</summary>
          <p>{card.notes}</p>
        </details>
      ) : null}
    </section>
  );
}
