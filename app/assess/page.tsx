import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Questionnaire } from "@/components/assess/questionnaire";
import { editPath, isAssessmentId, resultPath } from "@/lib/assessments/id";
import { pageAccess } from "@/lib/http/assessment-access";
import { STEPS, type StepId } from "@/lib/assessments/questions";
import { getAssessment } from "@/lib/data/assessments";
import { db } from "@/lib/db";
import { etagOf } from "@/lib/http/etag";

export const metadata: Metadata = {
  title: "问卷评估",
  // Private assessment URLs: keep them out of search engines and referrers.
  robots: { index: false, follow: false },
};

const isStep = (value: unknown): value is StepId => STEPS.some((s) => s.id === value);

function editingNotice(version: number, status: "draft" | "submitted", hasSubmitted: boolean): string | undefined {
  if (status === "submitted") {
    return `正在修改已提交的第 ${version} 版：修改会自动保存为第 ${version + 1} 版草稿，提交后生成第 ${version + 1} 版结果，第 ${version} 版保持不变。`;
  }
  return hasSubmitted ? `继续填写第 ${version} 版草稿；之前已提交的版本保持不变。` : undefined;
}

export default async function AssessPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id, step } = await searchParams;
  const initialStep = isStep(step) ? step : undefined;
  if (id === undefined) {
    return (
      <div className="stack">
        <h1>选型问卷</h1>
        <p className="lead">回答关于一个系统的事实（目标环境、团队、存量依赖、部署与连续性），得到可解释的架构与技术栈建议。约 5 分钟，答案自动保存。</p>
        <Questionnaire key="new" answers={{}} initialStep={initialStep} />
      </div>
    );
  }
  if (typeof id !== "string" || !isAssessmentId(id)) notFound();
  const { access } = await pageAccess(id, editPath(id));
  // Readers without edit rights see the result instead (the save routes would refuse them).
  if (!access.write) redirect(resultPath(id));
  const view = await getAssessment(db, id, "latest");
  if (!view) notFound();
  const { current } = view;
  const hasSubmitted = view.versions.some((v) => v.status === "submitted");
  return (
    <div className="stack">
      <h1>选型问卷{view.systemName ? `：${view.systemName}` : ""}</h1>
      <Questionnaire
        key={`${id}-${current.version}`}
        id={id}
        etag={etagOf(view.revision)}
        answers={current.answers}
        initialStep={initialStep ?? (current.status === "submitted" ? "review" : undefined)}
        notice={editingNotice(current.version, current.status, hasSubmitted)}
      />
    </div>
  );
}
