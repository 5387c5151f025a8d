import { traceRows, type TraceValueContext } from "@/lib/assessments/format";
import type { EvaluateResponse } from "@/lib/validations/evaluate";

/** The trace as an ordered list: each node's rule, inputs, outputs and seed section. */
export function DecisionPath({ trace, cards }: { trace: EvaluateResponse["trace"]; cards: EvaluateResponse["knowledgeCards"] }) {
  // Cards read as their titles, as in the PDF.
  const context: TraceValueContext = { cardTitles: Object.fromEntries(cards.map(({ card }) => [card.id, card.title])) };
  return (
    <section aria-labelledby="path-title">
      <h2 id="path-title">决策路径</h2>
      <p className="muted">从根节点到知识卡片，每一步的规则、输入、输出与出处（《Golang 天津技术栈选型决策树（2024 京津冀版）》第四章）。</p>
      <ol className="decision-path">
        {trace.map((step, index) => (
          <li key={`${step.node}-${index}`} className="path-step">
            <div className="path-head">
              <h3>{step.title}</h3>
              <span className="badge info">{step.seedSection}</span>
            </div>
            <p className="small">
              <strong>规则：</strong>
              {step.rule}
            </p>
            <div className="path-io">
              <IoList title="输入" record={step.inputs} context={context} />
              <IoList title="输出" record={step.outputs} context={context} />
            </div>
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
