import type { Metadata } from "next";
import Link from "next/link";
import { ArchitecturePicker } from "@/components/architectures/architecture-picker";
import { ComparisonTable } from "@/components/architectures/comparison-table";
import { ChartFigure } from "@/components/charts/chart-figure";
import { getSurveySnapshot } from "@/lib/data/survey-snapshot";
import { db } from "@/lib/db";
import { adaptationChart } from "@/lib/survey/architecture-charts";
import { parseCompareIds } from "@/lib/survey/architectures";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "架构并排对比" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ComparePage({ searchParams }: Props) {
  const [{ ids }, { architectures: overview }] = await Promise.all([searchParams, getSurveySnapshot(db)]);
  const selection = parseCompareIds(ids);
  const profiles = selection.ids.flatMap((id) => overview.filter((p) => p.id === id));
  return (
    <div className="stack">
      <p className="small">
        <Link href="/architectures">← 五类架构与技术栈组合</Link>
      </p>
      <h1>架构并排对比</h1>
      {selection.ok ? (
        <>
          <p className="lead">{profiles.map((p) => p.name).join(" · ")}</p>
          <ChartFigure spec={adaptationChart(profiles)} />
          <section aria-labelledby="table-h" className="stack">
            <h2 id="table-h">逐项对比</h2>
            <ComparisonTable profiles={profiles} />
            <p className="small muted">
              “调研中采用”“选型成功/反例”“历史使用的技术栈组合”来自重构记录（依据《Golang 天津技术栈选型决策树（2024 京津冀版）》汇总指标重构，非原始问卷）。
            </p>
          </section>
          <details className="card">
            <summary>更改对比的架构</summary>
            <ArchitecturePicker profiles={overview} selected={selection.ids} headingLevel={3} showMitigation={false} />
          </details>
        </>
      ) : (
        <>
          <div className="alert warn" role="alert">
            <p>
              <strong>无法对比：</strong>
              {selection.message}
            </p>
          </div>
          <section aria-labelledby="pick-h" className="stack">
            <h2 id="pick-h">请选择要对比的架构</h2>
            <ArchitecturePicker profiles={overview} selected={selection.ids} headingLevel={3} showMitigation={false} />
          </section>
        </>
      )}
    </div>
  );
}
