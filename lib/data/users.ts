/**
 * Accounts, as the admin's user pages change them. Expected failures (a taken e-mail, an unknown
 * user) are AppErrors with the offending field; the caller has checked the admin role.
 *
 * A password reset and disabling bump the user's `sessionVersion` in the same UPDATE, which ends
 * every session issued before (lib/session/session-state.ts); so does signing out (`endSessions`).
 *
 * Accounts come from four places: an admin (`createUser`), an accepted invitation
 * (lib/data/invitations.ts), self-registration when an admin has switched it on (`registerArchitect`)
 * and single sign-on (`provisionSsoUser`). Only the first two can make an administrator; single
 * sign-on makes one when the identity provider's role claim says so.
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { CreateUserInput } from "@/lib/validations/user";

const userNotFound = () => new AppError({ status: 404, code: "user-not-found", title: "账号不存在", detail: "该账号已被删除或链接有误，请刷新页面" });
export const emailTaken = () =>
  new AppError({ status: 409, code: "email-taken", title: "该邮箱已有账号", fields: [{ path: "email", message: "该邮箱已有账号" }] });

/** Prisma's unique-constraint violation: two admins created the same e-mail at the same moment. */
export const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

export const listUsers = (db: Db) => db.user.findMany({ orderBy: { createdAt: "asc" } });

export async function createUser(db: Db, input: CreateUserInput): Promise<string> {
  const email = input.email.toLowerCase();
  if (await db.user.findUnique({ where: { email } })) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    await db.user.create({ data: { id: randomUUID(), email, name: input.name, role: input.role, passwordHash } });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  return email;
}

export async function setUserDisabled(db: Db, userId: string, disabled: boolean): Promise<void> {
  const data = disabled ? { disabled, sessionVersion: { increment: 1 } } : { disabled };
  const { count } = await db.user.updateMany({ where: { id: userId }, data });
  if (count === 0) throw userNotFound();
}

export async function resetUserPassword(db: Db, userId: string, password: string): Promise<void> {
  // Look first: an unknown id answers at once instead of after a bcrypt hash.
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw userNotFound();
  const passwordHash = await hashPassword(password);
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  if (count === 0) throw userNotFound();
}

/**
 * Signing out: ends every session of the user, but only while `tokenVersion` is still the current
 * version, so that a replayed old cookie cannot end the sessions that replaced it.
 */
export async function endSessions(db: Db, userId: string, tokenVersion: number): Promise<void> {
  await db.user.updateMany({ where: { id: userId, sessionVersion: tokenVersion }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Self-registration (only while an admin has it switched on; the caller checks that and the rate
 * limit): always an architect, whatever the form sent.
 */
export function registerArchitect(db: Db, input: Omit<CreateUserInput, "role">): Promise<string> {
  return createUser(db, { ...input, role: "architect" });
}

/** What the identity provider vouched for in a validated ID token (lib/session/oidc.ts). */
export interface SsoIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export type SsoRefusal = "disabled" | "no-email" | "email-unverified" | "email-linked-elsewhere";

export type SsoProvisioning =
  | { ok: true; user: { id: string; email: string; name: string; role: CreateUserInput["role"]; sessionVersion: number }; created: boolean }
  | { ok: false; reason: SsoRefusal };

type SsoRow = { id: string; email: string; name: string; sessionVersion: number };
const signedIn = (row: SsoRow, role: CreateUserInput["role"], created: boolean): SsoProvisioning => ({
  ok: true,
  user: { id: row.id, email: row.email, name: row.name, role, sessionVersion: row.sessionVersion },
  created,
});

const fitName = (name: string | null, email: string) => (name?.trim() || email.split("@")[0] || email).slice(0, 60);

/**
 * The account of a single sign-on identity, found by its issuer and subject, else linked or created
 * (docs/decisions/008-accounts-and-sharing.md, README "Single sign-on"):
 * - known identity: its role follows `role` (the provider's claim, mapped) on every sign-in, and
 *   its name the provider's; a disabled account is refused;
 * - unknown identity whose e-mail already has an account: linked to it only when the provider says
 *   `email_verified` and the account has no other identity — otherwise anyone able to put an
 *   address into their profile at the provider would take over that account; linking drops the
 *   account's password and its sessions (someone may have registered the address before its owner);
 * - unknown identity, unknown e-mail: a new account without a password (`passwordHash` ""), so it
 *   signs in through the provider only. An identity without an e-mail is refused: accounts are
 *   keyed by e-mail everywhere else (invitations, sharing).
 */
export async function provisionSsoUser(db: Db, identity: SsoIdentity, role: CreateUserInput["role"], retried = false): Promise<SsoProvisioning> {
  const select = { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true, oidcIssuer: true } as const;
  const known = await db.user.findUnique({ where: { oidcIssuer_oidcSubject: { oidcIssuer: identity.issuer, oidcSubject: identity.subject } }, select });
  if (known) {
    if (known.disabled) return { ok: false, reason: "disabled" };
    const name = identity.name?.trim() ? fitName(identity.name, known.email) : known.name;
    const updated = await db.user.update({ where: { id: known.id }, data: { role, name }, select });
    return signedIn(updated, role, false);
  }
  const email = identity.email?.trim().toLowerCase();
  if (!email) return { ok: false, reason: "no-email" };
  const existing = await db.user.findUnique({ where: { email }, select });
  if (existing) {
    if (existing.oidcIssuer !== null) return { ok: false, reason: "email-linked-elsewhere" };
    if (!identity.emailVerified) return { ok: false, reason: "email-unverified" };
    if (existing.disabled) return { ok: false, reason: "disabled" };
    // Only while still unlinked: two first sign-ins racing for one account link it once. The
    // provider has just proved the address; whoever set the account's password may not have (a
    // self-registered address is not verified), so linking drops the password and ends every
    // session it opened: from now on the account signs in through the provider only.
    const { count } = await db.user.updateMany({
      where: { id: existing.id, oidcIssuer: null, disabled: false },
      data: { oidcIssuer: identity.issuer, oidcSubject: identity.subject, role, passwordHash: "", sessionVersion: { increment: 1 } },
    });
    if (count === 0) return { ok: false, reason: "email-linked-elsewhere" };
    return signedIn({ ...existing, sessionVersion: existing.sessionVersion + 1 }, role, false);
  }
  try {
    const created = await db.user.create({
      data: { id: randomUUID(), email, name: fitName(identity.name, email), role, passwordHash: "", oidcIssuer: identity.issuer, oidcSubject: identity.subject },
      select,
    });
    return signedIn(created, role, true);
  } catch (error) {
    // The same identity's other first sign-in won the race: take what it made.
    if (isUniqueViolation(error) && !retried) return provisionSsoUser(db, identity, role, true);
    throw error;
  }
}
