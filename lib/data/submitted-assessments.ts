/**
 * The submitted assessment version a download (PDF report, check script) is made from: an
 * unknown id or version is 404, a draft 409 — AppErrors the route answers as problem+json.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import { conflict, notFound } from "@/lib/errors";
import { isAssessmentId } from "@/lib/assessments/id";
import { getAssessment, type AssessmentView } from "@/lib/data/assessments";
import type { Answers } from "@/lib/validations/assessment";
import type { EvaluateResponse } from "@/lib/validations/evaluate";

export interface SubmittedAssessment {
  view: AssessmentView;
  answers: Answers;
  result: EvaluateResponse;
  /** When the version was submitted: the report's date. */
  evaluatedAt: Date;
}

/** 409: the version's answers are refused by today's engine, so it has no result to download. */
const resultUnavailable = () =>
  conflict("result-unavailable", "评估结果需要重新生成", "这个版本的答案不再符合当前规则：请在问卷中修改并重新提交");

/** 404 for an id that is malformed or names no assessment (the API's and the downloads' alike). */
export const unknownAssessment = () => notFound("评估不存在", "没有这个编号的评估，或链接不完整");

/** The version `version`, or the latest submitted one when it is omitted. */
export async function getSubmittedAssessment(db: Db, id: string, version?: number): Promise<SubmittedAssessment> {
  if (!isAssessmentId(id)) throw unknownAssessment();
  const view = await getAssessment(db, id, version ?? "latest-submitted");
  if (!view) throw unknownAssessment();
  const { current } = view;
  if (current.status !== "submitted") {
    throw conflict("assessment-draft", "评估尚未提交", "这是草稿：请先在问卷中提交评估，再下载报告或检查脚本");
  }
  if (!current.result) throw resultUnavailable();
  return {
    view,
    answers: current.answers as Answers,
    result: current.result,
    evaluatedAt: new Date(current.submittedAt ?? current.updatedAt),
  };
}
