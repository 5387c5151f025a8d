import type { Metadata } from "next";
import Link from "next/link";
import { ChartFigure } from "@/components/charts/chart-figure";
import { BacktestTable, TreeQualityTable } from "@/components/survey/backtest";
import { CloudNodesTable } from "@/components/survey/cloud-nodes";
import { NamedCases } from "@/components/survey/counter-examples";
import { HeadlineStats } from "@/components/survey/headline-stats";
import { ReconstructedNotice } from "@/components/survey/reconstructed-notice";
import { TalentMatrixTable } from "@/components/survey/talent-matrix";
import { getCloudNodes, getTalentMatrix } from "@/lib/data/reference";
import { getSurveySnapshot } from "@/lib/data/survey-snapshot";
import { db } from "@/lib/db";
import {
  cloudNodeCharts,
  districtChart,
  errorCategoryChart,
  goVersionChart,
  headlineChart,
  industryChart,
  nationalChart,
  outcomeByArchitectureChart,
} from "@/lib/survey/insight-charts";
import { talentTakeaway } from "@/lib/survey/talent";
import { BACKTEST_PAGE_SIZE } from "@/lib/validations/page";

export const dynamic = "force-dynamic";

/** The page stays the same size however many counter-examples an import brings; the API pages through all. */
const BACKTEST_ROWS_SHOWN = 20;
export const metadata: Metadata = { title: "调研洞察" };

const SECTIONS = [
  ["headlines", "调研要点"],
  ["sample", "样本构成"],
  ["talent", "人才结构"],
  ["counter-examples", "历史选型反例"],
  ["backtest", "规则回测"],
  ["cloud", "天津云节点实测"],
] as const;

export default async function InsightsPage() {
  const [{ summary, architectures: overview, backtest: replay, quality }, talent, nodes] = await Promise.all([
    getSurveySnapshot(db),
    getTalentMatrix(db),
    getCloudNodes(db),
  ]);
  const national = nationalChart(summary);
  return (
    <div className="stack">
      <h1>调研洞察</h1>
      <p className="lead">
        天津 {summary.enterprises} 家 Go 企业的选型回溯调研：选型指标、样本构成、人才结构、历史反例与本地云节点实测。
      </p>
      <ReconstructedNotice total={summary.enterprises} reconstructed={summary.reconstructed} />
      <nav aria-label="本页目录" className="toc">
        <ul className="row plain-list">
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
          <li>
            <Link href="/insights/enterprises">全部企业记录（表格 / CSV）</Link>
          </li>
        </ul>
      </nav>

      <section id="headlines" aria-labelledby="headlines-h" className="stack">
        <h2 id="headlines-h">调研要点</h2>
        <HeadlineStats summary={summary} />
        <div className="chart-grid">
          {national ? <ChartFigure spec={national} /> : null}
          <ChartFigure spec={headlineChart(summary)} />
        </div>
      </section>

      <section id="sample" aria-labelledby="sample-h" className="stack">
        <h2 id="sample-h">样本构成</h2>
        <div className="chart-grid">
          <ChartFigure spec={districtChart(summary)} />
          <ChartFigure spec={industryChart(summary)} />
          <ChartFigure spec={goVersionChart(summary)} />
          <ChartFigure spec={outcomeByArchitectureChart(overview)} />
        </div>
      </section>

      <section id="talent" aria-labelledby="talent-h" className="stack">
        <h2 id="talent-h">人才结构</h2>
        <TalentMatrixTable matrix={talent} takeaway={talentTakeaway(talent)} />
      </section>

      <section id="counter-examples" aria-labelledby="counter-h" className="stack">
        <h2 id="counter-h">历史选型反例</h2>
        <p>
          原文称 {summary.counterExamples.seedCount} 个反例；库中现有 {summary.counterExamples.share.numerator} 个（共{" "}
          {summary.counterExamples.share.denominator} 家）。一个反例可以有多个错误类别。
        </p>
        <div className="chart-grid">
          <ChartFigure spec={errorCategoryChart(summary)} />
          <div className="card stack">
            <h3 className="chart-title">原文点名的反例</h3>
            <NamedCases cases={summary.counterExamples.namedCases} />
          </div>
        </div>
      </section>

      <section id="backtest" aria-labelledby="backtest-h" className="stack">
        <h2 id="backtest-h">规则回测</h2>
        <p>
          用今天的决策规则重算库中的 {replay.counterExamples} 个反例：{replay.differing} 个会得到与当年不同的裁剪决策，
          {replay.computable - replay.differing} 个相同{replay.notComputable ? `，${replay.notComputable} 个缺少因子无法计算` : ""}。
          来源：《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4；逐家记录为重构记录。
        </p>
        <BacktestTable report={{ ...replay, rows: replay.rows.slice(0, BACKTEST_ROWS_SHOWN) }} />
        {replay.rows.length > BACKTEST_ROWS_SHOWN ? (
          <p className="small muted">
            只列出前 {BACKTEST_ROWS_SHOWN} 个反例；全部 {replay.rows.length} 个见{" "}
            <code>GET /api/v1/backtest?page=1</code>（按页，每页最多 {BACKTEST_PAGE_SIZE.max} 行）。
          </p>
        ) : null}
        <h3>决策树约束与质量阈值（按库中 {quality.recordsWithFactors} 条有完整因子的记录计算）</h3>
        <TreeQualityTable report={quality} />
      </section>

      <section id="cloud" aria-labelledby="cloud-h" className="stack">
        <h2 id="cloud-h">天津云节点实测</h2>
        <CloudNodesTable nodes={nodes} />
        <div className="chart-grid">
          {cloudNodeCharts(nodes).map((spec) => (
            <ChartFigure key={spec.id} spec={spec} />
          ))}
        </div>
      </section>

      <p>
        <Link className="btn" href="/insights/enterprises">
          查看全部 {summary.enterprises} 家企业记录（排序、筛选、导出 CSV）
        </Link>
      </p>
    </div>
  );
}
