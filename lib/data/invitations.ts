/**
 * Invitations: an admin invites an e-mail address with a role; the link `/invite/{token}` is shown
 * to the admin once (32 random bytes, base64url; only the SHA-256 is stored, lib/access/keys.ts);
 * the invitee opens it, chooses a name and a password, and the account is created with the
 * invitation's e-mail and role. A link works once, until it expires (7 days unless the admin
 * chose otherwise) or an admin revokes it; inviting the same address again revokes the earlier
 * link, so only the newest one works. The caller has checked the admin role where one is needed.
 */
import { randomUUID } from "node:crypto";
import { looksLikeSecret, newSecret, secretHash } from "@/lib/access/keys";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { emailTaken, isUniqueViolation } from "@/lib/data/users";
import { AppError } from "@/lib/errors";
import type { CreateUserInput } from "@/lib/validations/user";

export const INVITATION_DEFAULT_DAYS = 7;
export const INVITATION_MAX_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface InvitationInput {
  email: string;
  role: CreateUserInput["role"];
  days?: number;
}

export interface CreatedInvitation {
  id: string;
  email: string;
  /** Shown once, in the link; never stored. */
  token: string;
  expiresAt: Date;
}

export async function createInvitation(db: Db, input: InvitationInput, createdById: string, now = new Date()): Promise<CreatedInvitation> {
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + (input.days ?? INVITATION_DEFAULT_DAYS) * DAY_MS);
  const id = randomUUID();
  await db.$transaction([
    db.invitation.updateMany({ where: { email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } }),
    db.invitation.create({ data: { id, email, role: input.role, tokenHash: secretHash(token), createdById, expiresAt, createdAt: now } }),
  ]);
  return { id, email, token, expiresAt };
}

/** Invitations that can still be accepted, newest first (the admin's users page). */
export function listPendingInvitations(db: Db, now = new Date()) {
  return db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, createdBy: { select: { name: true } } },
  });
}

export async function revokeInvitation(db: Db, id: string, now = new Date()): Promise<void> {
  const { count } = await db.invitation.updateMany({ where: { id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
  if (count === 0) {
    throw new AppError({ status: 404, code: "invitation-not-pending", title: "邀请不存在或已失效", detail: "该邀请已被接受、撤销或删除，请刷新页面" });
  }
}

export type InvitationState =
  | { state: "valid"; email: string; role: CreateUserInput["role"]; expiresAt: Date }
  | { state: "unknown" | "accepted" | "revoked" | "expired" };

const asRole = (role: string): CreateUserInput["role"] => (role === "admin" ? "admin" : "architect");

type Unusable = Exclude<InvitationState["state"], "valid">;

interface InvitationRow {
  email: string;
  role: string;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

function stateOf(row: InvitationRow | null, now: Date): InvitationState {
  if (!row) return { state: "unknown" };
  if (row.acceptedAt) return { state: "accepted" };
  if (row.revokedAt) return { state: "revoked" };
  if (row.expiresAt.getTime() <= now.getTime()) return { state: "expired" };
  return { state: "valid", email: row.email, role: asRole(row.role), expiresAt: row.expiresAt };
}

/** What the link `/invite/{token}` opens. A token that is not one of ours is "unknown", without a query. */
export async function invitationState(db: Db, token: string, now = new Date()): Promise<InvitationState> {
  if (!looksLikeSecret(token)) return { state: "unknown" };
  return stateOf(await db.invitation.findUnique({ where: { tokenHash: secretHash(token) } }), now);
}

/** The sentence each state that is not "valid" shows, on the page and as the action's error. */
export const INVITATION_UNUSABLE: Record<Unusable, { title: string; detail: string }> = {
  unknown: { title: "邀请链接无效", detail: "链接不完整或不存在，请核对链接，或请管理员重新邀请" },
  accepted: { title: "邀请已被使用", detail: "该邀请已用于创建账号，请直接登录" },
  revoked: { title: "邀请已被撤销", detail: "管理员已撤销该邀请，如仍需账号请联系管理员重新邀请" },
  expired: { title: "邀请已过期", detail: "邀请链接已超过有效期，请联系管理员重新邀请" },
};

/**
 * Creates the invitee's account and uses up the invitation, in one transaction: of two tabs
 * submitting the same link, one creates the account and the other is told the link is used.
 * The password is hashed before the transaction, so the database is not held for bcrypt's work.
 */
export async function acceptInvitation(db: Db, token: string, input: { name: string; password: string }, now = new Date()): Promise<{ email: string }> {
  const before = await invitationState(db, token, now);
  if (before.state !== "valid") throw unusable(before.state);
  const passwordHash = await hashPassword(input.password);
  const tokenHash = secretHash(token);
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.invitation.updateMany({
        where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      const invitation = await tx.invitation.findUnique({ where: { tokenHash } });
      if (count === 0 || !invitation) {
        // Used, revoked or expired between the page and the submission.
        const { state } = stateOf(invitation, now);
        throw unusable(state === "valid" ? "unknown" : state);
      }
      if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw emailTaken();
      await tx.user.create({ data: { id: randomUUID(), email: invitation.email, name: input.name, role: asRole(invitation.role), passwordHash } });
      return { email: invitation.email };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

function unusable(state: Unusable): AppError {
  const { title, detail } = INVITATION_UNUSABLE[state];
  return new AppError({ status: 410, code: `invitation-${state}`, title, detail });
}
