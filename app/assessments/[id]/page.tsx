import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { Recommendation } from "@/components/result/recommendation";
import { DecisionPath } from "@/components/result/decision-path";
import { Bottleneck, KnowledgeCards } from "@/components/result/knowledge-and-bottleneck";
import { MarginsTable } from "@/components/result/margins-table";
import { PeersTable } from "@/components/result/peers-table";
import { ScoreBreakdown } from "@/components/result/score-breakdown";
import { ResultActions } from "@/components/result/share-actions";
import { formatWhen, VersionNav } from "@/components/result/version-nav";
import { Warnings } from "@/components/result/warnings";
import { WeightSensitivity } from "@/components/result/weight-sensitivity";
import { INDUSTRY_LABELS } from "@/lib/domain/catalog";
import { defaultComparison } from "@/lib/assessments/diff";
import { scriptTargetAssumption } from "@/lib/compat-check/assessment-profile";
import { comparePath, compatBundlePath, compatScriptPath, editPath, isAssessmentId, reportPdfPath, resultPath } from "@/lib/assessments/id";
import { selectPeers } from "@/lib/assessments/peers";
import { getAssessment } from "@/lib/data/assessments";
import { prerenderReport } from "@/lib/data/report-pdfs";
import { getEnterprises } from "@/lib/data/survey";
import { db } from "@/lib/db";
import { versionParamSchema } from "@/lib/validations/version";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "评估结果", robots: { index: false, follow: false } };

function versionChoice(raw: string | string[] | undefined): number | "latest-submitted" | null {
  if (raw === undefined) return "latest-submitted";
  const version = versionParamSchema.safeParse(raw);
  return version.success ? version.data : null;
}

export default async function AssessmentResultPage({ params, searchParams }: Props) {
  const { id } = await params;
  const choice = versionChoice((await searchParams).version);
  if (!isAssessmentId(id) || choice === null) notFound();
  const view = await getAssessment(db, id, choice);
  if (!view) notFound();
  const { current, versions } = view;
  const title = view.systemName || "（未命名系统）";
  const latest = versions.at(-1)!;
  const openDraft = latest.status === "draft" && latest.version !== current.version ? latest.version : null;

  if (current.status === "draft" || !current.result) {
    const draft = current.status === "draft";
    return (
      <div className="stack">
        <h1>{title}</h1>
        <VersionNav id={id} versions={versions} current={current.version} />
        <div className="card empty-state">
          <h2>{draft ? `第 ${current.version} 版还是草稿` : `第 ${current.version} 版需要重新提交`}</h2>
          <p>
            {draft
              ? "答案已自动保存，但尚未提交评估，所以还没有推荐结果。"
              : "这个版本的答案不再符合当前的决策规则，无法按当前规则重新计算结果。请在问卷中修改并重新提交。"}
          </p>
          <Link className="btn" href={editPath(id)}>
            继续填写
          </Link>
        </div>
      </div>
    );
  }

  const { result } = current;
  const scriptAssumption = scriptTargetAssumption(current.answers);
  // Typeset the PDF once this page has been sent: the architect's download is then a lookup.
  after(() => prerenderReport(db, id, current.version));
  const submitted = versions.filter((v) => v.status === "submitted").map((v) => v.version);
  const pair = defaultComparison(submitted);
  const industry = current.answers.industry;
  const peers = selectPeers(await getEnterprises(db), {
    architecture: result.architecture.profile.id,
    industry: industry ?? "other",
    district: current.answers.district,
  });

  return (
    <div className="stack result-page">
      <header className="stack">
        <p className="small muted">选型评估结果</p>
        <h1>{title}</h1>
        <p className="muted">
          第 {current.version} 版 · 提交于 {current.submittedAt ? formatWhen(current.submittedAt) : "—"}
          {current.version !== submitted.at(-1) ? "（较早版本）" : ""}
        </p>
        <VersionNav id={id} versions={versions} current={current.version} />
        {openDraft ? (
          <p className="alert">
            第 {openDraft} 版草稿尚未提交。<Link href={editPath(id)}>继续填写</Link>
          </p>
        ) : null}
        {current.resultOutdated ? <p className="alert warn">保存的结果格式已过期，以下为按当前规则重新计算的结果。</p> : null}
        <ResultActions
          sharePath={resultPath(id)}
          editHref={editPath(id)}
          pdfHref={reportPdfPath(id, current.version)}
          scriptHref={compatScriptPath(id, current.version)}
          bundleHref={compatBundlePath(id, current.version)}
          compareHref={pair ? comparePath(id, pair.from, pair.to) : undefined}
        />
        {scriptAssumption ? (
          <p className="small muted" data-testid="script-target-assumption">
            兼容性检查脚本：{scriptAssumption}（可在问卷“目标环境”一步选择服务包）。
          </p>
        ) : null}
      </header>
      <Recommendation result={result} />
      <Warnings warnings={result.warnings} />
      <DecisionPath trace={result.trace} />
      <ScoreBreakdown pruning={result.pruning} />
      <MarginsTable pruning={result.pruning} />
      <WeightSensitivity factors={result.pruning.factors} weights={result.pruning.weights} />
      <Bottleneck profile={result.architecture.profile} />
      <KnowledgeCards cards={result.knowledgeCards} />
      <PeersTable
        selection={peers}
        architectureName={result.architecture.profile.name}
        industryLabel={industry ? INDUSTRY_LABELS[industry] : "—"}
      />
    </div>
  );
}
