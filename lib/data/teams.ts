/**
 * Teams, as the admin's team page changes them. A member is a `viewer` (reads the team's
 * assessments) or an `editor` (also changes them; docs/decisions/008-accounts-and-sharing.md).
 * Expected failures are AppErrors with the offending field; the caller has checked the admin role.
 *
 * Deleting a team removes its memberships and the shares made to it (cascades); its assessments
 * stay with their owners, no longer readable by the former members.
 */
import { randomUUID } from "node:crypto";
import type { ShareRole as TeamRole } from "@/lib/access/policy";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/data/users";
import { AppError } from "@/lib/errors";

const teamNotFound = () => new AppError({ status: 404, code: "team-not-found", title: "团队不存在", detail: "该团队已被删除或链接有误，请刷新页面" });
const nameTaken = () => new AppError({ status: 409, code: "team-name-taken", title: "团队名称已被使用", fields: [{ path: "name", message: "已有同名团队" }] });

/** Every team with its members (by e-mail) and how many assessments it holds, by name. */
export async function listTeams(db: Db) {
  const teams = await db.team.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      createdAt: true,
      _count: { select: { assessments: true } },
      members: {
        orderBy: { createdAt: "asc" },
        select: { role: true, user: { select: { id: true, email: true, name: true, disabled: true } } },
      },
    },
  });
  return teams.map(({ _count, members, ...team }) => ({
    ...team,
    assessments: _count.assessments,
    members: members.map(({ role, user }) => ({ ...user, role: (role === "editor" ? "editor" : "viewer") as TeamRole })),
  }));
}

export async function createTeam(db: Db, name: string): Promise<{ id: string }> {
  const id = randomUUID();
  try {
    await db.team.create({ data: { id, name: name.trim() } });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
  return { id };
}

export async function renameTeam(db: Db, teamId: string, name: string): Promise<void> {
  try {
    const { count } = await db.team.updateMany({ where: { id: teamId }, data: { name: name.trim() } });
    if (count === 0) throw teamNotFound();
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export async function deleteTeam(db: Db, teamId: string): Promise<void> {
  const { count } = await db.team.deleteMany({ where: { id: teamId } });
  if (count === 0) throw teamNotFound();
}

/**
 * Adds the account with `email` to the team, or changes its role when it is a member already.
 * A disabled account can be added (it signs in again once enabled); an unknown e-mail cannot.
 */
export async function setTeamMember(db: Db, teamId: string, email: string, role: TeamRole): Promise<{ email: string; added: boolean }> {
  const address = email.trim().toLowerCase();
  const [team, user] = await Promise.all([
    db.team.findUnique({ where: { id: teamId }, select: { id: true } }),
    db.user.findUnique({ where: { email: address }, select: { id: true } }),
  ]);
  if (!team) throw teamNotFound();
  if (!user) {
    throw new AppError({
      status: 404,
      code: "user-not-found",
      title: "没有该邮箱的账号",
      detail: "请先创建账号或发出邀请，再加入团队",
      fields: [{ path: "email", message: "没有该邮箱的账号" }],
    });
  }
  const key = { teamId_userId: { teamId, userId: user.id } };
  const existing = await db.teamMember.findUnique({ where: key, select: { role: true } });
  try {
    await db.teamMember.upsert({ where: key, create: { teamId, userId: user.id, role }, update: { role } });
  } catch (error) {
    // The team was deleted meanwhile (its row is gone: a foreign-key failure), or the same member
    // was added twice at once (the other request's row stands, with the same role).
    if (isUniqueViolation(error)) return { email: address, added: false };
    if ((error as { code?: unknown } | null)?.code === "P2003") throw teamNotFound();
    throw error;
  }
  return { email: address, added: existing === null };
}

export async function removeTeamMember(db: Db, teamId: string, userId: string): Promise<void> {
  const { count } = await db.teamMember.deleteMany({ where: { teamId, userId } });
  if (count === 0) throw new AppError({ status: 404, code: "member-not-found", title: "该成员已不在团队中", detail: "请刷新页面" });
}
