import Link from "next/link";
import { stepSummary, traceRows, type TraceValueContext } from "@/lib/assessments/format";
import type { EvaluateResponse } from "@/lib/validations/evaluate";

/**
 * The trace as an ordered list to scan: each node one line — what it decided — that opens to its
 * rule, inputs, outputs and source. The same order as the PDF's decision path.
 */
export function DecisionPath({ trace, cards }: { trace: EvaluateResponse["trace"]; cards: EvaluateResponse["knowledgeCards"] }) {
  // Cards read as their titles, as in the PDF.
  const context: TraceValueContext = { cardTitles: Object.fromEntries(cards.map(({ card }) => [card.id, card.title])) };
  return (
    <section aria-labelledby="path-title">
      <h2 id="path-title">决策路径</h2>
      <p className="muted">
        从根节点到知识卡片，每一步一行写出它的结论；展开可看规则、输入、输出与出处。术语见<Link href="/method#glossary">方法与评分表 · 术语表</Link>。
      </p>
      <ol className="decision-path">
        {trace.map((step, index) => (
          <li key={`${step.node}-${index}`} className="path-step">
            <details>
              <summary className="path-head">
                <span className="path-title">{step.title}</span>
                <span className="path-summary" data-testid={`path-summary-${step.node}`}>
                  {stepSummary(step, context)}
                </span>
              </summary>
              <p className="small">
                <span className="badge info">{step.seedSection}</span>
              </p>
              <p className="small">
                <strong>规则：</strong>
                {step.rule}
              </p>
              <div className="path-io">
                <IoList title="输入" record={step.inputs} context={context} />
                <IoList title="输出" record={step.outputs} context={context} />
              </div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

function IoList({ title, record, context }: { title: string; record: Record<string, unknown>; context: TraceValueContext }) {
  const rows = traceRows(record, context);
  return (
    <div>
      <p className="io-title">{title}</p>
      {rows.length === 0 ? (
        <p className="small muted">无</p>
      ) : (
        <dl className="kv small">
          {rows.map((row) => (
            <div key={row.key} className="kv-row">
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
