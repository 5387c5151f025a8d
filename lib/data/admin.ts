/** What the admin dashboard shows: counts, the latest imports and reverts, and what needs attention. */
import type { Db } from "@/lib/db/client";

export interface AdminOverview {
  enterprises: number;
  reconstructed: number;
  batches: number;
  users: number;
  disabledUsers: number;
  teams: number;
  pendingInvitations: number;
  /** Pending invitations that expire within three days. */
  expiringInvitations: number;
  recentBatches: { id: string; fileName: string; createdAt: Date; status: string; revertedAt: Date | null; by: string; created: number; updated: number }[];
}

const RECENT_BATCHES = 5;
const EXPIRING_MS = 3 * 24 * 60 * 60 * 1000;

export async function getAdminOverview(db: Db, now = new Date()): Promise<AdminOverview> {
  const pending = { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
  const [enterprises, reconstructed, batches, users, disabledUsers, teams, pendingInvitations, expiringInvitations, recent] = await Promise.all([
    db.enterprise.count(),
    db.enterprise.count({ where: { reconstructed: true } }),
    db.importBatch.count(),
    db.user.count(),
    db.user.count({ where: { disabled: true } }),
    db.team.count(),
    db.invitation.count({ where: pending }),
    db.invitation.count({ where: { ...pending, expiresAt: { gt: now, lte: new Date(now.getTime() + EXPIRING_MS) } } }),
    db.importBatch.findMany({
      orderBy: { createdAt: "desc" },
      take: RECENT_BATCHES,
      select: { id: true, fileName: true, createdAt: true, status: true, revertedAt: true, created: true, updated: true, committedBy: { select: { name: true } } },
    }),
  ]);
  return {
    enterprises,
    reconstructed,
    batches,
    users,
    disabledUsers,
    teams,
    pendingInvitations,
    expiringInvitations,
    recentBatches: recent.map(({ committedBy, ...batch }) => ({ ...batch, by: committedBy.name })),
  };
}
