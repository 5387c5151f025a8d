/** Side-by-side table of 2–5 profiles: seed facts, survey usage and historical stack combinations. */
import { INDUSTRY_LABELS, WORKLOAD_LABELS } from "@/lib/domain/catalog";
import { ScrollRegion } from "@/components/charts/scroll-region";
import type { ArchitectureOverview } from "@/lib/survey/schemas";
import { BOTTLENECK_FIGURE_MISSING } from "./profile-facts";
import type { ReactNode } from "react";

const ROWS: { label: string; cell: (p: ArchitectureOverview) => ReactNode }[] = [
  { label: "代表企业", cell: (p) => p.exampleEnterprise },
  { label: "Go 最低版本", cell: (p) => `${p.goFloor}+` },
  { label: "信创适配耗时（原文）", cell: (p) => `${p.adaptationDays} 人日` },
  { label: "调研企业填报均值", cell: (p) => (p.meanAdaptationDays === null ? "无填报" : `${p.meanAdaptationDays} 人日`) },
  { label: "典型瓶颈", cell: (p) => p.bottleneck },
  { label: "瓶颈量化数据", cell: (p) => p.bottleneckFigure ?? <span className="missing">{BOTTLENECK_FIGURE_MISSING}</span> },
  { label: "缓解措施", cell: (p) => <span className="small">{p.mitigation}</span> },
  { label: "典型业务形态", cell: (p) => p.workloads.map((w) => WORKLOAD_LABELS[w]).join("；") },
  {
    label: "调研企业的行业",
    cell: (p) => (p.industries.length === 0 ? "—" : p.industries.map((i) => `${INDUSTRY_LABELS[i.industry]} ${i.enterprises} 家`).join("、")),
  },
  { label: "调研中采用的企业", cell: (p) => `${p.usage.enterprises} 家` },
  { label: "其中选型成功", cell: (p) => `${p.usage.success} 家` },
  { label: "其中反例", cell: (p) => `${p.usage.counterExamples} 家` },
  {
    label: "这些企业历史使用的技术栈组合",
    cell: (p) =>
      p.historicalCombinations.length === 0 ? (
        "—"
      ) : (
        <ul className="plain-list">
          {p.historicalCombinations.map((c) => (
            <li key={c.id}>
              #{c.id} {c.name}：{c.enterprises} 家（反例 {c.counterExamples}）
            </li>
          ))}
        </ul>
      ),
  },
  { label: "出处", cell: (p) => <span className="small muted">{p.seedSection}</span> },
];

export function ComparisonTable({ profiles }: { profiles: ArchitectureOverview[] }) {
  return (
    <ScrollRegion label="架构对比表（可横向滚动）">
      <table className="data compare-table">
        <caption className="sr-only">所选架构的逐项对比</caption>
        <thead>
          <tr>
            <th scope="col">对比项</th>
            {profiles.map((p) => (
              <th key={p.id} scope="col">
                {p.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {profiles.map((p) => (
                <td key={p.id}>{row.cell(p)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
