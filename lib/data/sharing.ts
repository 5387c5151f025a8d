/**
 * Sharing an assessment: read-only links (token shown once, revocable, optionally expiring) and
 * grants to named users or teams as viewer or editor; and the access log the owner reads. The
 * routes and actions check that the requester manages the assessment before calling these.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { looksLikeSecret, newSecret, secretHash } from "@/lib/access/keys";
import type { ShareRole } from "@/lib/access/policy";
import { conflict, notFound } from "@/lib/errors";

export interface ShareLinkSummary {
  id: string;
  label: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdBy: string;
}

export interface GrantSummary {
  id: string;
  role: ShareRole;
  /** The user's name and email, or the team's name. */
  subject: { kind: "user"; name: string; email: string } | { kind: "team"; name: string };
  createdAt: Date;
}

export interface AccessLogEntry {
  at: Date;
  action: string;
  who: string;
  via: string | null;
  detail: string | null;
}

export async function createShareLink(
  db: Db,
  assessmentId: string,
  createdById: string,
  input: { label: string; expiresAt: Date | null },
): Promise<{ id: string; token: string }> {
  const token = newSecret();
  const id = randomUUID();
  await db.shareLink.create({ data: { id, assessmentId, tokenHash: secretHash(token), label: input.label, createdById, expiresAt: input.expiresAt } });
  return { id, token };
}

export async function revokeShareLink(db: Db, assessmentId: string, linkId: string): Promise<void> {
  const { count } = await db.shareLink.updateMany({ where: { id: linkId, assessmentId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw notFound("链接不存在", "没有这个分享链接，或它已被撤销");
}

export async function listShareLinks(db: Db, assessmentId: string): Promise<ShareLinkSummary[]> {
  const rows = await db.shareLink.findMany({ where: { assessmentId }, orderBy: { createdAt: "desc" }, include: { createdBy: { select: { name: true } } } });
  return rows.map(({ id, label, createdAt, expiresAt, revokedAt, createdBy }) => ({ id, label, createdAt, expiresAt, revokedAt, createdBy: createdBy.name }));
}

/** What a /s/{token} visitor gets: the assessment, or why the link no longer opens it. */
export type LinkLookup =
  | { status: "valid"; assessmentId: string; linkId: string }
  | { status: "revoked" | "expired" | "deleted" }
  | { status: "unknown" };

export async function lookUpShareLink(db: Db, token: string, now = new Date()): Promise<LinkLookup> {
  if (!looksLikeSecret(token)) return { status: "unknown" };
  const link = await db.shareLink.findUnique({
    where: { tokenHash: secretHash(token) },
    select: { id: true, assessmentId: true, revokedAt: true, expiresAt: true, assessment: { select: { deletedAt: true } } },
  });
  if (!link) return { status: "unknown" };
  if (link.revokedAt) return { status: "revoked" };
  if (link.expiresAt && link.expiresAt <= now) return { status: "expired" };
  if (link.assessment.deletedAt) return { status: "deleted" };
  return { status: "valid", assessmentId: link.assessmentId, linkId: link.id };
}

/** Shares with the user who has this email (an existing, enabled account), or updates their role. */
export async function shareWithUser(db: Db, assessmentId: string, createdById: string, email: string, role: ShareRole): Promise<void> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, disabled: true } });
  if (!user || user.disabled) throw notFound("用户不存在", `没有邮箱为 ${email} 的可用账户：请管理员先创建或邀请该用户`);
  if (user.id === createdById) throw conflict("share-with-self", "不能与自己共享", "你是这份评估的所有者");
  await db.assessmentShare.upsert({
    where: { assessmentId_userId: { assessmentId, userId: user.id } },
    create: { id: randomUUID(), assessmentId, userId: user.id, role, createdById },
    update: { role },
  });
}

/** Shares with one of the owner's own teams (the same rule as putting the assessment in a team). */
export async function shareWithTeam(db: Db, assessmentId: string, createdById: string, teamId: string, role: ShareRole): Promise<void> {
  const member = await db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId: createdById } }, select: { teamId: true } });
  if (!member) throw notFound("团队不存在", "没有这个团队，或你不是它的成员");
  await db.assessmentShare.upsert({
    where: { assessmentId_teamId: { assessmentId, teamId } },
    create: { id: randomUUID(), assessmentId, teamId, role, createdById },
    update: { role },
  });
}

export async function removeGrant(db: Db, assessmentId: string, grantId: string): Promise<void> {
  const { count } = await db.assessmentShare.deleteMany({ where: { id: grantId, assessmentId } });
  if (count === 0) throw notFound("共享不存在", "没有这条共享记录");
}

export async function listGrants(db: Db, assessmentId: string): Promise<GrantSummary[]> {
  const rows = await db.assessmentShare.findMany({
    where: { assessmentId },
    orderBy: { createdAt: "asc" },
    include: { user: { select: { name: true, email: true } }, team: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    role: row.role === "editor" ? "editor" : "viewer",
    subject: row.user ? { kind: "user", name: row.user.name, email: row.user.email } : { kind: "team", name: row.team?.name ?? "（已删除的团队）" },
    createdAt: row.createdAt,
  }));
}

export const ACCESS_LOG_LIMIT = 200;

export async function accessLog(db: Db, assessmentId: string, limit = ACCESS_LOG_LIMIT): Promise<AccessLogEntry[]> {
  const rows = await db.assessmentAccess.findMany({
    where: { assessmentId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    include: { user: { select: { name: true } }, shareLink: { select: { label: true } }, token: { select: { name: true } } },
  });
  return rows.map((row) => ({
    at: row.at,
    action: row.action,
    who: row.user?.name ?? (row.shareLink ? "未登录访客" : "匿名"),
    via: row.shareLink ? `只读链接「${row.shareLink.label}」` : row.token ? `访问令牌「${row.token.name}」` : null,
    detail: row.detail,
  }));
}

/** Teams the user belongs to: what an owner may hand the assessment to or share with. */
export async function teamsOf(db: Db, userId: string): Promise<{ id: string; name: string }[]> {
  return db.team.findMany({ where: { members: { some: { userId } } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** Puts the assessment in one of the owner's teams (members then act by their role), or none. */
export async function setAssessmentTeam(db: Db, assessmentId: string, ownerId: string, teamId: string | null): Promise<void> {
  if (teamId !== null && !(await db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId: ownerId } } }))) {
    throw notFound("团队不存在", "你不是这个团队的成员");
  }
  await db.assessment.update({ where: { id: assessmentId }, data: { teamId } });
}
