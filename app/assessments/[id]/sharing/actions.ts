"use server";

/**
 * The owner's sharing actions. Each declares its schema; `userFormAction` checks the session and
 * `managed` that the user manages this assessment (the owner, signed in), before anything changes.
 */
import { revalidatePath } from "next/cache";
import { sharingPath } from "@/lib/assessments/id";
import { assessmentAccess, logAccess, type Requester } from "@/lib/data/access";
import { moveToBin, restoreFromBin } from "@/lib/data/assessments";
import { createShareLink, removeGrant, revokeShareLink, setAssessmentTeam, shareWithTeam, shareWithUser } from "@/lib/data/sharing";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { userFormAction } from "@/lib/http/action";
import type { CurrentUser } from "@/lib/session";
import {
  binSchema,
  createShareLinkSchema,
  daysFromNow,
  removeGrantSchema,
  revokeShareLinkSchema,
  setTeamSchema,
  shareWithTeamSchema,
  shareWithUserSchema,
} from "@/lib/validations/sharing";

const requesterOf = (user: CurrentUser): Requester => ({ userId: user.id, token: null, anonymousKey: null, shareToken: null });

/** The access of an owner to their assessment, or "not found" for anyone else (nothing is revealed). */
async function managed(assessmentId: string, user: CurrentUser) {
  const access = await assessmentAccess(db, assessmentId, requesterOf(user));
  if (!access?.manage) throw notFound("评估不存在", "没有这份评估，或你不是它的所有者");
  return access;
}

const page = (input: { assessmentId: string } | undefined) => (input ? sharingPath(input.assessmentId) : "/my");

export const createLink = userFormAction<{ assessmentId: string; label: string; expiresInDays: number | null }, { url: string }>({
  schema: createShareLinkSchema,
  page,
  async run({ assessmentId, label, expiresInDays }, user) {
    const access = await managed(assessmentId, user);
    const { token } = await createShareLink(db, assessmentId, user.id, { label, expiresAt: daysFromNow(expiresInDays) });
    await logAccess(db, access, requesterOf(user), "share", `创建只读链接「${label}」`);
    revalidatePath(sharingPath(assessmentId));
    return { ok: true, message: "已创建只读链接：它只显示这一次，请现在复制", url: `/s/${token}` };
  },
});

export const revokeLink = userFormAction({
  schema: revokeShareLinkSchema,
  page,
  async run({ assessmentId, linkId }, user) {
    const access = await managed(assessmentId, user);
    await revokeShareLink(db, assessmentId, linkId);
    await logAccess(db, access, requesterOf(user), "unshare", "撤销只读链接");
    revalidatePath(sharingPath(assessmentId));
    return { ok: true, message: "链接已撤销：持有它的人现在会看到“已撤销”" };
  },
});

export const shareUser = userFormAction({
  schema: shareWithUserSchema,
  page,
  async run({ assessmentId, email, role }, user) {
    const access = await managed(assessmentId, user);
    await shareWithUser(db, assessmentId, user.id, email, role);
    await logAccess(db, access, requesterOf(user), "share", `与 ${email} 共享（${role === "editor" ? "可编辑" : "只读"}）`);
    revalidatePath(sharingPath(assessmentId));
    return { ok: true, message: `已与 ${email} 共享` };
  },
});

export const shareTeam = userFormAction({
  schema: shareWithTeamSchema,
  page,
  async run({ assessmentId, teamId, role }, user) {
    const access = await managed(assessmentId, user);
    await shareWithTeam(db, assessmentId, user.id, teamId, role);
    await logAccess(db, access, requesterOf(user), "share", `与团队共享（${role === "editor" ? "可编辑" : "只读"}）`);
    revalidatePath(sharingPath(assessmentId));
    return { ok: true, message: "已与团队共享" };
  },
});

export const unshare = userFormAction({
  schema: removeGrantSchema,
  page,
  async run({ assessmentId, grantId }, user) {
    const access = await managed(assessmentId, user);
    await removeGrant(db, assessmentId, grantId);
    await logAccess(db, access, requesterOf(user), "unshare", "取消共享");
    revalidatePath(sharingPath(assessmentId));
    return { ok: true, message: "已取消共享" };
  },
});

export const setTeam = userFormAction({
  schema: setTeamSchema,
  page,
  async run({ assessmentId, teamId }, user) {
    const access = await managed(assessmentId, user);
    await setAssessmentTeam(db, assessmentId, user.id, teamId === "" ? null : teamId);
    await logAccess(db, access, requesterOf(user), "share", teamId === "" ? "移出团队" : "归入团队");
    revalidatePath(sharingPath(assessmentId));
    return { ok: true, message: teamId === "" ? "已不属于任何团队" : "已归入团队：成员按其团队权限查看或编辑" };
  },
});

export const deleteAssessment = userFormAction({
  schema: binSchema,
  page,
  async run({ assessmentId }, user) {
    const access = await managed(assessmentId, user);
    await moveToBin(db, assessmentId);
    await logAccess(db, access, requesterOf(user), "delete");
    revalidatePath("/my");
    return { ok: true, message: "已移入回收站，30 天内可在“我的评估 → 回收站”恢复" };
  },
});

export const restoreAssessment = userFormAction({
  schema: binSchema,
  page: "/my?view=bin",
  async run({ assessmentId }, user) {
    const access = await managed(assessmentId, user);
    await restoreFromBin(db, assessmentId);
    await logAccess(db, access, requesterOf(user), "restore");
    revalidatePath("/my");
    return { ok: true, message: "已恢复" };
  },
});
