/** The adaptation-effort chart of /architectures/compare (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1 vs the survey records). */
import { oneSeries, type ChartSpec } from "./chart-data";
import { RECONSTRUCTED_SOURCE } from "./insight-charts";
import type { ArchitectureOverview } from "./schemas";

export function adaptationChart(profiles: readonly ArchitectureOverview[]): ChartSpec {
  const ranked = [...profiles].sort((a, b) => a.adaptationDays - b.adaptationDays);
  const low = ranked[0];
  const high = ranked.at(-1);
  const withMean = profiles.some((p) => p.meanAdaptationDays !== null);
  const takeaway =
    low && high && low !== high
      ? `${high.name}适配最费时（${high.adaptationDays} 人日），是${low.name}（${low.adaptationDays} 人日）的 ${(high.adaptationDays / low.adaptationDays).toFixed(1)} 倍。`
      : "";
  if (!withMean) {
    return {
      id: "adaptation",
      title: "信创适配耗时（人日）",
      takeaway,
      source: "《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章（五类典型架构横向对比）",
      data: oneSeries("原文", profiles.map((p) => ({ category: p.name, value: p.adaptationDays, text: `${p.adaptationDays} 人日` })), "人日"),
    };
  }
  return {
    id: "adaptation",
    title: "信创适配耗时（人日）：原文 vs 调研企业均值",
    takeaway,
    source: `原文：《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章；均值：${RECONSTRUCTED_SOURCE}`,
    data: {
      series: ["原文（代表企业）", "调研企业均值"],
      unit: "人日",
      rows: profiles.map((p) => ({
        category: p.name,
        values: [p.adaptationDays, p.meanAdaptationDays],
        texts: [`${p.adaptationDays} 人日`, p.meanAdaptationDays === null ? "无填报" : `${p.meanAdaptationDays} 人日`],
      })),
    },
  };
}
