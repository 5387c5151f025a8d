import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { id: string; role: string; name?: string | null; email?: string | null };
  }
  /** What `authorize` returns (lib/session/sign-in.ts). */
  interface User {
    role?: string;
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  /** The session cookie's payload: user id, role, and the user's session version at sign-in. */
  interface JWT {
    uid?: string;
    role?: string;
    sv?: number;
  }
}
