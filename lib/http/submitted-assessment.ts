/**
 * The submitted assessment version a download (PDF report, check script) is made from:
 * unknown or malformed id → 404, malformed version → 400, a draft → 409 — all problem+json.
 */
import "server-only";
import { getAssessment, recomputeResult, type AssessmentView } from "@/lib/data/assessments";
import { HttpProblem } from "@/lib/http/problem";
import { ASSESSMENT_ID_PATTERN, type Answers } from "@/lib/validations/assessment";
import type { EvaluateResponse } from "@/lib/validations/evaluate";

export interface SubmittedAssessment {
  view: AssessmentView;
  answers: Answers;
  result: EvaluateResponse;
}

const notFound = () => new HttpProblem(404, "评估不存在", "没有这个评估，或链接有误");

export async function loadSubmittedAssessment(id: string, url: URL): Promise<SubmittedAssessment> {
  if (!ASSESSMENT_ID_PATTERN.test(id)) throw notFound();
  const versionParam = url.searchParams.get("version");
  if (versionParam !== null && !/^[1-9]\d{0,5}$/.test(versionParam)) {
    throw new HttpProblem(400, "请求参数无效", "version 必须是正整数", [{ path: "version", message: "version 必须是正整数" }]);
  }
  const view = await getAssessment(id, versionParam === null ? "latest-submitted" : Number(versionParam));
  if (!view) throw notFound();
  if (view.current.status !== "submitted") {
    throw new HttpProblem(409, "评估尚未提交", "这是草稿：请先在问卷中提交评估，再下载报告或检查脚本");
  }
  const result = view.current.result ?? (await recomputeResult(view.current.answers));
  if (!result) throw new HttpProblem(409, "评估结果需要重新生成", "请打开评估并重新提交");
  return { view, answers: view.current.answers as Answers, result };
}
