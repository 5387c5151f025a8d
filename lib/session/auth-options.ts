/**
 * next-auth v4: e-mail + password (credentials provider) and, when OIDC_* configure it, single
 * sign-on through an OpenID Connect provider (lib/session/oidc.ts); JWT sessions carrying the
 * user's id, role and session version, whichever way the user signed in. Cookies are httpOnly and SameSite=Lax (next-auth's defaults) and Secure
 * whenever the site runs behind HTTPS (NEXTAUTH_URL starts with https://).
 *
 * A token is only as good as the database says: every read of the session (getServerSession in
 * lib/session/index.ts, and /api/auth/session) runs the `jwt` callback, which refuses a token whose
 * session version is no longer the user's (signed out, password reset, disabled). next-auth then
 * answers "no session" and clears the cookie.
 */
import "server-only";
import type { AuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import { endSessions } from "@/lib/data/users";
import { db } from "@/lib/db";
import { authSecret, env, oidcConfig, type Env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { clientAddressFrom } from "@/lib/session/client-address";
import { OIDC_PROVIDER_ID, oidcProvider } from "@/lib/session/oidc";
import { redirectCallback } from "@/lib/session/redirect";
import { forgetSessionUser, isCurrentSession, sessionUser } from "@/lib/session/session-state";
import { signInWithPassword } from "@/lib/session/sign-in";
import { SsoRefused, completeSsoSignIn } from "@/lib/session/sso-sign-in";

class StaleSessionError extends Error {
  override readonly name = "StaleSessionError";
  constructor() {
    super("session version is no longer current");
  }
}

const credentials = CredentialsProvider({
  name: "邮箱与密码",
  credentials: { email: { label: "邮箱", type: "email" }, password: { label: "密码", type: "password" } },
  authorize: (credentials, req) => signInWithPassword(db, credentials, clientAddressFrom(req.headers)),
});

let providersFor: { config: Env; providers: Provider[] } | undefined;
/** The providers of the environment, built once per environment (next-auth reads them per request). */
function providers(): Provider[] {
  const config = env();
  if (providersFor?.config !== config) {
    const sso = oidcConfig(config);
    providersFor = { config, providers: sso ? [credentials, oidcProvider(sso)] : [credentials] };
  }
  return providersFor.providers;
}

export const authOptions: AuthOptions = {
  // Read per request, so that a production server without a secret says so (lib/env.ts).
  get secret() {
    return authSecret();
  },
  // next-auth assigns `options.secret ??= process.env.NEXTAUTH_SECRET`; the getter already read it.
  set secret(_ignored: string | undefined) {},
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  // Errors of a single sign-on (next-auth's and ours, lib/session/oidc.ts) are shown on the sign-in page.
  pages: { signIn: "/signin", error: "/signin" },
  get providers() {
    return providers();
  },
  set providers(_ignored: Provider[]) {},
  callbacks: {
    redirect: redirectCallback,
    /**
     * A single sign-on: the ID token is validated (issuer, audience, signature, PKCE, state); the
     * account is found, linked or made here, and `user` — the object next-auth then hands to
     * `jwt` — becomes that account, so the token carries our id, role and session version.
     */
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      const sso = oidcConfig();
      if (!sso || !profile) throw new SsoRefused("SsoUnavailable");
      Object.assign(user, await completeSsoSignIn(db, profile as Record<string, unknown>, sso));
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        return token;
      }
      const current = typeof token.uid === "string" ? await sessionUser(db, token.uid, token.sv) : null;
      if (!isCurrentSession(current, token.sv)) throw new StaleSessionError();
      token.role = current.role;
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = String(token.uid ?? "");
        session.user.role = String(token.role ?? "");
      }
      return session;
    },
  },
  events: {
    // Signing out ends every session of the user, not just this cookie: the cookie may have been
    // copied. Only a current token may do it, so a replayed old cookie cannot sign the user out.
    async signOut({ token }) {
      if (typeof token?.uid !== "string" || typeof token.sv !== "number") return;
      await endSessions(db, token.uid, token.sv);
      forgetSessionUser(token.uid);
    },
  },
  logger: {
    error(code, metadata) {
      const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
      if (error instanceof StaleSessionError) logger.info({ event: "session-refused" }, "stale session token refused");
      else logger.error({ event: "next-auth", code, err: error }, "next-auth error");
    },
    warn(code) {
      logger.warn({ event: "next-auth", code }, "next-auth warning");
    },
    debug() {},
  },
};
