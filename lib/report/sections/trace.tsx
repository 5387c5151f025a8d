/**
 * 3 决策路径: every node the engine visited, in the result page's order — its one-line outcome
 * first, then its rule, inputs, outputs and source section.
 */
import { stepSummary, traceRows, type TraceValueContext } from "@/lib/assessments/format";
import type { EvaluateResponse } from "@/lib/validations/evaluate";
import { KeyValues, Note, SectionHeading } from "../components";
import { Text, View } from "../react-pdf";
import { INK, styles, TYPE } from "../theme";
import type { ReportContext } from "./context";

type TraceStep = EvaluateResponse["trace"][number];

function Step({ step, index, values }: { step: TraceStep; index: number; values: TraceValueContext }) {
  const inputs = traceRows(step.inputs, values);
  const outputs = traceRows(step.outputs, values);
  const column = (title: string, lines: typeof inputs) => (
    <View style={{ flex: 1, paddingRight: 8 }}>
      <Text style={{ fontSize: TYPE.tiny, color: INK.muted, marginBottom: 1 }}>{title}</Text>
      <KeyValues labelWidth={78} style={{ fontSize: TYPE.small }} rows={lines.map((l) => ({ label: l.label, value: l.value }))} />
    </View>
  );
  return (
    <View style={{ marginBottom: 9, borderLeftWidth: 2, borderLeftColor: INK.rule, paddingLeft: 8 }}>
      <View wrap={false} minPresenceAhead={60} style={{ flexDirection: "row", justifyContent: "space-between", marginBottom: 2 }}>
        <Text style={styles.strong}>{`步骤 ${index + 1}　${step.title}`}</Text>
        <Text style={{ fontSize: TYPE.tiny, color: INK.muted }}>{step.seedSection}</Text>
      </View>
      <Text style={{ fontSize: TYPE.small, marginBottom: 2 }}>{`结论：${stepSummary(step, values)}`}</Text>
      <Text style={{ fontSize: TYPE.small, color: INK.muted, marginBottom: 3 }}>{`规则：${step.rule}`}</Text>
      <View wrap={false} style={{ flexDirection: "row" }}>
        {column("输入", inputs)}
        {column("输出", outputs)}
      </View>
    </View>
  );
}

export function DecisionPath({ ctx }: { ctx: ReportContext }) {
  const values: TraceValueContext = { cardTitles: ctx.cardTitles };
  return (
    <View>
      <SectionHeading id="trace" pages={ctx.pages} />
      <Note>决策引擎按下列顺序执行；每一步先写结论，再列出所用规则、输入与输出，以及规则在来源文章中的出处。</Note>
      {ctx.input.result.trace.map((step, i) => (
        <Step key={i} step={step} index={i} values={values} />
      ))}
    </View>
  );
}
