/**
 * Gathers what relates a requester to an assessment — owner, team membership, shares, a link —
 * and asks the policy (lib/access/policy.ts) what they may do. Records views and changes in the
 * assessment's access log.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import { looksLikeSecret, secretHash } from "@/lib/access/keys";
import { capabilitiesFor, type Capabilities, type ShareRole, type TokenScope } from "@/lib/access/policy";

/** Who is asking, as the request says (resolved by lib/http/requester.ts). */
export interface Requester {
  userId: string | null;
  /** A personal access token: its id and scopes. */
  token: { id: string; scopes: ReadonlySet<TokenScope> } | null;
  /** The browser's anonymous key (cookie), when it has one. */
  anonymousKey: string | null;
  /** A read-only link's token that came with the request (the /s/ page, or `?share=` on a download). */
  shareToken: string | null;
}

export const ANONYMOUS: Requester = Object.freeze({ userId: null, token: null, anonymousKey: null, shareToken: null });

export interface AssessmentAccess extends Capabilities {
  assessmentId: string;
  ownerId: string | null;
  teamId: string | null;
  legacy: boolean;
  deletedAt: Date | null;
  /** The link the read came through, for the access log. */
  shareLinkId: string | null;
}

const asRole = (role: string | undefined | null): ShareRole | null => (role === "editor" || role === "viewer" ? role : null);

/** Null when there is no such assessment. */
export async function assessmentAccess(db: Db, assessmentId: string, requester: Requester): Promise<AssessmentAccess | null> {
  const assessment = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: { ownerId: true, teamId: true, legacy: true, anonymousKeyHash: true, deletedAt: true },
  });
  if (!assessment) return null;
  const { userId } = requester;
  const [membership, shares, link] = await Promise.all([
    userId && assessment.teamId
      ? db.teamMember.findUnique({ where: { teamId_userId: { teamId: assessment.teamId, userId } }, select: { role: true } })
      : null,
    userId
      ? db.assessmentShare.findMany({
          where: { assessmentId, OR: [{ userId }, { team: { members: { some: { userId } } } }] },
          select: { role: true },
        })
      : [],
    requester.shareToken && looksLikeSecret(requester.shareToken) ? validLink(db, assessmentId, requester.shareToken) : null,
  ]);
  const sharedRole = shares.reduce<ShareRole | null>((best, s) => (best === "editor" ? best : (asRole(s.role) ?? best)), null);
  const capabilities = capabilitiesFor(
    { ownerId: assessment.ownerId, teamId: assessment.teamId, legacy: assessment.legacy, anonymousKeyHash: assessment.anonymousKeyHash, deleted: assessment.deletedAt !== null },
    {
      userId,
      tokenScopes: requester.token?.scopes ?? null,
      teamRole: asRole(membership?.role),
      sharedRole,
      anonymousKeyHash: requester.anonymousKey ? secretHash(requester.anonymousKey) : null,
      viaShareLink: link !== null,
    },
  );
  return {
    ...capabilities,
    assessmentId,
    ownerId: assessment.ownerId,
    teamId: assessment.teamId,
    legacy: assessment.legacy,
    deletedAt: assessment.deletedAt,
    shareLinkId: capabilities.relation === "link" ? (link?.id ?? null) : null,
  };
}

async function validLink(db: Db, assessmentId: string, token: string) {
  const link = await db.shareLink.findUnique({ where: { tokenHash: secretHash(token) }, select: { id: true, assessmentId: true, revokedAt: true, expiresAt: true } });
  if (!link || link.assessmentId !== assessmentId || link.revokedAt || (link.expiresAt && link.expiresAt <= new Date())) return null;
  return link;
}

export type AccessAction = "view" | "change" | "download" | "share" | "unshare" | "delete" | "restore";

/**
 * One line of the assessment's access log. The owner's own views are not logged (they would
 * drown the rest); everything else is, with the link or token it came through.
 */
export async function logAccess(
  db: Db,
  access: Pick<AssessmentAccess, "assessmentId" | "relation" | "shareLinkId">,
  requester: Requester,
  action: AccessAction,
  detail?: string,
): Promise<void> {
  if (action === "view" && access.relation === "owner" && requester.token === null) return;
  await db.assessmentAccess.create({
    data: {
      assessmentId: access.assessmentId,
      action,
      userId: requester.userId,
      shareLinkId: access.shareLinkId,
      tokenId: requester.token?.id ?? null,
      detail: detail ?? null,
    },
  });
}
