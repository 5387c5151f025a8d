/** The named counter-examples of 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4, joined with their (reconstructed) records. */
import { ERROR_CATEGORY_LABELS } from "@/lib/domain/catalog";
import type { SurveySummary } from "@/lib/survey/schemas";
import { ScrollRegion } from "@/components/charts/scroll-region";

export function NamedCases({ cases }: { cases: SurveySummary["counterExamples"]["namedCases"] }) {
  return (
    <ScrollRegion label="原文点名的反例（可横向滚动）">
      <table className="data named-cases">
        <caption className="sr-only">原文点名的反例</caption>
        <thead>
          <tr>
            <th scope="col">编号</th>
            <th scope="col">重构记录中的企业</th>
            <th scope="col">原文指出的问题（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4）</th>
            <th scope="col">记录的错误类别</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.code}>
              <th scope="row">{c.code}</th>
              <td>{c.label ?? "库中无此编号"}</td>
              <td>{c.finding}</td>
              <td>{c.categories.length > 0 ? c.categories.map((k) => ERROR_CATEGORY_LABELS[k]).join("；") : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">
        “叶节点样本过少”不带阈值：原文 §4.4 此句在“未设置叶节点最小样本阈值（”处截断，没有给出数值；今天的树按原文要求每个叶节点至少 10 个样本（见规则回测）。
      </p>
    </ScrollRegion>
  );
}
