/**
 * The result of an assessment version, for everyone who may read it: its owner and those it is
 * shared with (/assessments/{id}) and a read-only link's visitors (/s/{token}, `shareToken`).
 * Who may write or manage decides which actions show; the checks themselves are on the server
 * routes those actions call.
 */
import Link from "next/link";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { Recommendation } from "@/components/result/recommendation";
import { DecisionPath } from "@/components/result/decision-path";
import { GomodReadiness } from "@/components/result/gomod-readiness";
import { Bottleneck, KnowledgeCards } from "@/components/result/knowledge-and-bottleneck";
import { MarginsTable } from "@/components/result/margins-table";
import { PeersTable } from "@/components/result/peers-table";
import { ScoreBreakdown } from "@/components/result/score-breakdown";
import { ResultActions } from "@/components/result/share-actions";
import { formatWhen, VersionNav } from "@/components/result/version-nav";
import { Warnings } from "@/components/result/warnings";
import { WhatIf } from "@/components/result/what-if";
import { INDUSTRY_LABELS } from "@/lib/domain/catalog";
import { cappedAtManualReview } from "@/lib/decision/what-if";
import { defaultComparison } from "@/lib/assessments/diff";
import { scriptTargetAssumption } from "@/lib/compat-check/assessment-profile";
import { comparePath, compatBundlePath, compatScriptPath, editPath, reportPdfPath, resultPath, sharedPath, sharingPath } from "@/lib/assessments/id";
import { getAssessment, type VersionChoice } from "@/lib/data/assessments";
import { logAccess, type AssessmentAccess, type Requester } from "@/lib/data/access";
import { prerenderReport } from "@/lib/data/report-pdfs";
import { findPeers } from "@/lib/data/peers";
import { db } from "@/lib/db";

export interface ResultPageProps {
  access: AssessmentAccess;
  requester: Requester;
  choice: VersionChoice;
  /** Set on /s/{token}: links stay on the shared page and downloads carry the token. */
  shareToken?: string;
}

const READ_ONLY_NOTES: Partial<Record<AssessmentAccess["relation"], string>> = {
  link: "你正通过只读分享链接查看这份评估：可以阅读和下载报告，不能修改。",
  "legacy-link": "这份评估创建于账户功能上线之前：凭链接只能查看，不能修改。",
  shared: "这份评估与你共享为只读。",
  team: "你在这份评估所属团队中只有查看权限。",
};

export async function ResultPage({ access, requester, choice, shareToken }: ResultPageProps) {
  const id = access.assessmentId;
  const view = await getAssessment(db, id, choice);
  if (!view) notFound();
  await logAccess(db, access, requester, "view", shareToken ? "只读分享链接" : undefined);
  const { current, versions } = view;
  const title = view.systemName || "（未命名系统）";
  const latest = versions.at(-1)!;
  const openDraft = latest.status === "draft" && latest.version !== current.version ? latest.version : null;
  const versionHref = (version?: number) => (shareToken ? sharedPath(shareToken, version) : resultPath(id, version));
  const download = (path: string) => (shareToken ? `${path}&share=${encodeURIComponent(shareToken)}` : path);
  const readOnly = access.write ? null : (READ_ONLY_NOTES[access.relation] ?? null);

  if (current.status === "draft" || !current.result) {
    const draft = current.status === "draft";
    return (
      <div className="stack">
        <h1>{title}</h1>
        <VersionNav versions={versions} current={current.version} hrefFor={versionHref} />
        <div className="card empty-state">
          <h2>{draft ? `第 ${current.version} 版还是草稿` : `第 ${current.version} 版需要重新提交`}</h2>
          <p>
            {draft
              ? "答案已自动保存，但尚未提交评估，所以还没有推荐结果。"
              : "这个版本的答案不再符合当前的决策规则，无法按当前规则重新计算结果。请在问卷中修改并重新提交。"}
          </p>
          {access.write ? (
            <Link className="btn" href={editPath(id)}>
              继续填写
            </Link>
          ) : null}
        </div>
      </div>
    );
  }

  const { result } = current;
  const scriptAssumption = scriptTargetAssumption(current.answers);
  // Typeset the PDF once this page has been sent: the architect's download is then a lookup.
  after(() => prerenderReport(db, id, current.version));
  const submitted = versions.filter((v) => v.status === "submitted").map((v) => v.version);
  const pair = shareToken ? null : defaultComparison(submitted);
  const industry = current.answers.industry;
  const peers = await findPeers(db, {
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
        <VersionNav versions={versions} current={current.version} hrefFor={versionHref} />
        {readOnly ? (
          <p className="alert" data-testid="read-only-notice">
            {readOnly}
          </p>
        ) : null}
        {openDraft && access.write ? (
          <p className="alert">
            第 {openDraft} 版草稿尚未提交。<Link href={editPath(id)}>继续填写</Link>
          </p>
        ) : null}
        {current.resultOutdated ? <p className="alert warn">保存的结果格式已过期，以下为按当前规则重新计算的结果。</p> : null}
        <ResultActions
          editHref={access.write ? editPath(id) : undefined}
          sharingHref={access.manage ? sharingPath(id) : undefined}
          pdfHref={download(reportPdfPath(id, current.version))}
          scriptHref={download(compatScriptPath(id, current.version))}
          bundleHref={download(compatBundlePath(id, current.version))}
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
      <DecisionPath trace={result.trace} cards={result.knowledgeCards} />
      <GomodReadiness scan={current.answers.gomod?.scan} />
      <ScoreBreakdown pruning={result.pruning} />
      <MarginsTable pruning={result.pruning} />
      <WhatIf factors={result.pruning.factors} capped={cappedAtManualReview(result)} />
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
