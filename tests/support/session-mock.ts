/**
 * Test support: route handlers read the signed-in user through @/lib/session, which needs a Next
 * request scope. Tests replace that module with this one and set `session.user`:
 *   vi.mock("@/lib/session", async () => (await import("@/tests/support/session-mock")).sessionModule);
 * and carry the anonymous browser key between requests with `cookieJar()`.
 */
import type { CurrentUser } from "@/lib/session";

export const session: { user: CurrentUser | null } = { user: null };

export const sessionModule = {
  getCurrentUser: async () => session.user,
  requireUserPage: async () => {
    if (!session.user) throw new Error("not signed in");
    return session.user;
  },
  requireAdminPage: async () => {
    if (session.user?.role !== "admin") throw new Error("not an admin");
    return session.user;
  },
  requireAdminApi: async () => {
    if (session.user?.role !== "admin") throw new Error("not an admin");
    return session.user;
  },
};

/** A browser's cookies, reduced to what the API sets: remembers Set-Cookie, sends Cookie. */
export function cookieJar() {
  let cookie = "";
  return {
    headers(): Record<string, string> {
      return cookie ? { cookie } : {};
    },
    remember(response: Response): Response {
      const set = response.headers.get("set-cookie");
      if (set) cookie = set.split(";")[0]!;
      return response;
    },
    clear() {
      cookie = "";
    },
  };
}
