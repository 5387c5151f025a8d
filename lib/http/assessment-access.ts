/**
 * The access checks of every assessment route and page: read or 404 (an assessment you may not
 * see does not exist for you — its id says nothing), write or 403 with the reason, manage (the
 * owner, signed in) or 403. See docs/decisions/008-accounts-and-sharing.md.
 */
import "server-only";
import { notFound, redirect } from "next/navigation";
import { isAssessmentId } from "@/lib/assessments/id";
import { assessmentAccess, type AssessmentAccess, type Requester } from "@/lib/data/access";
import { unknownAssessment } from "@/lib/data/submitted-assessments";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { pageRequester } from "@/lib/http/requester";
import type { CurrentUser } from "@/lib/session";

const forbidden = (detail: string) => new AppError({ status: 403, code: "forbidden", title: "无权修改这份评估", detail });

const WRITE_REFUSALS: Partial<Record<AssessmentAccess["relation"], string>> = {
  link: "只读分享链接只能查看，不能修改",
  "legacy-link": "这份评估创建于账户功能上线之前，只能凭链接查看、不能修改；请登录后新建评估",
  shared: "你对这份评估只有查看权限",
  team: "你在该团队中只有查看权限",
};

/** Read access or 404, for an id from a URL. */
export async function readableAssessment(id: string, requester: Requester): Promise<AssessmentAccess> {
  if (!isAssessmentId(id)) throw unknownAssessment();
  const access = await assessmentAccess(db, id, requester);
  if (!access?.read) throw unknownAssessment();
  return access;
}

export function assertWritable(access: AssessmentAccess, requester: Requester): void {
  if (access.deletedAt) throw forbidden("这份评估在回收站中：请先在“我的评估 → 回收站”恢复，再修改");
  if (access.write) return;
  if (requester.token && !requester.token.scopes.has("assessments:write")) {
    throw forbidden("访问令牌缺少 assessments:write 权限");
  }
  throw forbidden(WRITE_REFUSALS[access.relation] ?? "你没有修改这份评估的权限");
}

export function assertManageable(access: AssessmentAccess, requester: Requester): void {
  if (access.manage) return;
  throw new AppError({
    status: 403,
    code: "forbidden",
    title: "无权管理这份评估",
    detail: requester.token ? "共享、撤销与删除需要评估所有者登录操作，访问令牌不能执行" : "只有评估的所有者可以共享、撤销或删除它",
  });
}

/**
 * A page's gate: the visitor's access to assessment `id`, or — when they may not read it — the
 * sign-in page (signed out, whatever the id) or the not-found page (signed in). An assessment in
 * the bin sends its owner to the bin.
 */
export async function pageAccess(id: string, callbackPath: string): Promise<{ access: AssessmentAccess; requester: Requester; user: CurrentUser | null }> {
  if (!isAssessmentId(id)) notFound();
  const { requester, user } = await pageRequester();
  const access = await assessmentAccess(db, id, requester);
  if (!access?.read) {
    if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
    notFound();
  }
  if (access.deletedAt) redirect("/my?view=bin");
  return { access, requester, user };
}
