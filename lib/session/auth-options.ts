/**
 * next-auth v4: e-mail + password (credentials provider), JWT sessions carrying the user's id,
 * role and session version. Cookies are httpOnly and SameSite=Lax (next-auth's defaults) and Secure
 * whenever the site runs behind HTTPS (NEXTAUTH_URL starts with https://).
 *
 * A token is only as good as the database says: every read of the session (getServerSession in
 * lib/session/index.ts, and /api/auth/session) runs the `jwt` callback, which refuses a token whose
 * session version is no longer the user's (signed out, password reset, disabled). next-auth then
 * answers "no session" and clears the cookie.
 */
import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { endSessions } from "@/lib/data/users";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { logger } from "@/lib/logger";
import { clientAddressFrom } from "@/lib/session/client-address";
import { redirectCallback } from "@/lib/session/redirect";
import { forgetSessionUser, isCurrentSession, sessionUser } from "@/lib/session/session-state";
import { signInWithPassword } from "@/lib/session/sign-in";

class StaleSessionError extends Error {
  override readonly name = "StaleSessionError";
  constructor() {
    super("session version is no longer current");
  }
}

export const authOptions: AuthOptions = {
  // Read per request, so that a production server without a secret says so (lib/env.ts).
  get secret() {
    return authSecret();
  },
  // next-auth assigns `options.secret ??= process.env.NEXTAUTH_SECRET`; the getter already read it.
  set secret(_ignored: string | undefined) {},
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "邮箱与密码",
      credentials: { email: { label: "邮箱", type: "email" }, password: { label: "密码", type: "password" } },
      authorize: (credentials, req) => signInWithPassword(db, credentials, clientAddressFrom(req.headers)),
    }),
  ],
  callbacks: {
    redirect: redirectCallback,
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
