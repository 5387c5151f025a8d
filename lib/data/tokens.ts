/**
 * Personal access tokens: created by a signed-in architect, shown once, used as
 * `Authorization: Bearer tjgo_pat_…` by pipelines, revocable. Only the SHA-256 is stored.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { TOKEN_PREFIX, looksLikeSecret, newSecret, secretHash } from "@/lib/access/keys";
import { TOKEN_SCOPES, type TokenScope } from "@/lib/access/policy";
import { notFound } from "@/lib/errors";
import { isRole, type Role } from "@/lib/domain/roles";

export interface TokenSummary {
  id: string;
  name: string;
  scopes: TokenScope[];
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface AuthenticatedToken {
  user: { id: string; email: string; name: string; role: Role };
  token: { id: string; scopes: ReadonlySet<TokenScope> };
}

/** lastUsedAt is written at most this often per token: a busy pipeline should not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

const parseScopes = (value: string): TokenScope[] =>
  value.split(" ").filter((scope): scope is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(scope));

export async function createAccessToken(
  db: Db,
  userId: string,
  input: { name: string; scopes: readonly TokenScope[]; expiresAt: Date | null },
): Promise<{ id: string; token: string }> {
  const token = `${TOKEN_PREFIX}${newSecret()}`;
  const id = randomUUID();
  await db.accessToken.create({
    data: { id, userId, name: input.name, scopes: [...new Set(input.scopes)].join(" "), tokenHash: secretHash(token), expiresAt: input.expiresAt },
  });
  return { id, token };
}

export async function listAccessTokens(db: Db, userId: string): Promise<TokenSummary[]> {
  const rows = await db.accessToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" } });
  return rows.map(({ id, name, scopes, createdAt, expiresAt, lastUsedAt, revokedAt }) => ({
    id,
    name,
    scopes: parseScopes(scopes),
    createdAt,
    expiresAt,
    lastUsedAt,
    revokedAt,
  }));
}

/** Only the token's own user revokes it; anyone else's id is "not found". */
export async function revokeAccessToken(db: Db, userId: string, id: string): Promise<void> {
  const { count } = await db.accessToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw notFound("令牌不存在", "没有这个令牌，或它已被撤销");
}

/** The user and scopes of a presented token; null when it is unknown, revoked, expired or its user disabled. */
export async function authenticateAccessToken(db: Db, presented: string): Promise<AuthenticatedToken | null> {
  if (!presented.startsWith(TOKEN_PREFIX) || !looksLikeSecret(presented.slice(TOKEN_PREFIX.length))) return null;
  const row = await db.accessToken.findUnique({
    where: { tokenHash: secretHash(presented) },
    include: { user: { select: { id: true, email: true, name: true, role: true, disabled: true } } },
  });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || row.user.disabled) return null;
  if (!isRole(row.user.role)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.accessToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const { id, email, name } = row.user;
  const role: Role = row.user.role;
  return { user: { id, email, name, role }, token: { id: row.id, scopes: new Set(parseScopes(row.scopes)) } };
}
