/**
 * The end of a single sign-on, as next-auth's `signIn` callback runs it with the validated ID
 * token's claims: the identity and the mapped role (lib/session/oidc.ts), the account found, linked
 * or made (lib/data/users.ts `provisionSsoUser`), and the user the session token is made from —
 * the same fields a password sign-in gives (lib/session/sign-in.ts).
 *
 * A refusal is thrown as an Error whose message is one of our codes (SSO_ERRORS): next-auth puts
 * the message of an error thrown by `signIn` into the error page's query, which sends it on to
 * /signin?error=…; any other failure becomes "SsoUnavailable", so no internal text reaches the URL.
 */
import { provisionSsoUser } from "@/lib/data/users";
import type { Db } from "@/lib/db/client";
import type { OidcConfig } from "@/lib/env";
import { logger } from "@/lib/logger";
import { REFUSAL_CODES, identityFromClaims, roleFromClaims, type SsoErrorCode } from "@/lib/session/oidc";
import { forgetSessionUser } from "@/lib/session/session-state";
import type { SignedInUser } from "@/lib/session/sign-in";

export class SsoRefused extends Error {
  override readonly name = "SsoRefused";
  constructor(readonly code: SsoErrorCode) {
    super(code);
  }
}

export async function completeSsoSignIn(db: Db, claims: Record<string, unknown>, config: Pick<OidcConfig, "roleClaim" | "adminRoles">): Promise<SignedInUser> {
  const identity = identityFromClaims(claims);
  if (!identity) throw new SsoRefused("SsoInvalidToken");
  const role = roleFromClaims(claims, config);
  let outcome;
  try {
    outcome = await provisionSsoUser(db, identity, role);
  } catch (error) {
    logger.error({ err: error, event: "sso-sign-in-error" }, "single sign-on failed unexpectedly");
    throw new SsoRefused("SsoUnavailable");
  }
  if (!outcome.ok) {
    logger.info({ event: "sso-sign-in-refused", reason: outcome.reason, issuer: identity.issuer }, "single sign-on refused");
    throw new SsoRefused(REFUSAL_CODES[outcome.reason]);
  }
  // The role (and name) may have changed: this instance's session cache must not keep the old one.
  forgetSessionUser(outcome.user.id);
  logger.info({ event: "sso-sign-in", userId: outcome.user.id, role, created: outcome.created }, "single sign-on");
  return outcome.user;
}
