/**
 * Who a request comes from, for the assessment access checks (lib/data/access.ts): a personal
 * access token (`Authorization: Bearer`), else the signed-in session, plus the browser's anonymous
 * key (cookie) and a read-only link's token. A signed-in request that still carries an anonymous
 * key claims that browser's anonymous drafts for the user (decision record 008).
 */
import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { looksLikeSecret } from "@/lib/access/keys";
import { ANONYMOUS, type Requester } from "@/lib/data/access";
import { claimAnonymousAssessments } from "@/lib/data/assessments";
import { authenticateAccessToken } from "@/lib/data/tokens";
import { getCurrentUser, type CurrentUser } from "@/lib/session";
import { env } from "@/lib/env";

export const ANONYMOUS_KEY_COOKIE = "tjgo_anon";
/** Anonymous drafts are kept this long after their last save, then expire with the cookie. */
export const ANONYMOUS_KEY_MAX_AGE_S = 30 * 24 * 60 * 60;

const invalidToken = () =>
  new AppError({
    status: 401,
    code: "invalid-token",
    title: "访问令牌无效",
    detail: "Authorization 中的令牌不存在、已撤销或已过期，或其用户已停用",
    headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' },
  });

/** Only a key we could have issued (32 random bytes): an empty or chosen value is no key. */
const ourKey = (value: string | null) => (value !== null && looksLikeSecret(value) ? value : null);

function cookieValue(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

async function signedIn(user: CurrentUser | null, anonymousKey: string | null, shareToken: string | null): Promise<Requester> {
  if (user && anonymousKey) await claimAnonymousAssessments(db, anonymousKey, user.id);
  return { userId: user?.id ?? null, token: null, anonymousKey: user ? null : anonymousKey, shareToken };
}

/** The requester of a route handler; the user comes back too, for who-did-it fields. */
export async function requesterFrom(request: Request): Promise<{ requester: Requester; user: CurrentUser | null }> {
  const shareToken = new URL(request.url).searchParams.get("share");
  const authorization = request.headers.get("authorization")?.trim() ?? "";
  // Only the Bearer scheme is ours: a Basic header from a proxy in front of the site is not a token.
  if (/^Bearer(\s|$)/i.test(authorization)) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const authenticated = match ? await authenticateAccessToken(db, match[1]!) : null;
    if (!authenticated) throw invalidToken();
    return { requester: { userId: authenticated.user.id, token: authenticated.token, anonymousKey: null, shareToken }, user: authenticated.user };
  }
  const user = await getCurrentUser();
  const anonymousKey = ourKey(cookieValue(request.headers.get("cookie"), ANONYMOUS_KEY_COOKIE));
  return { requester: await signedIn(user, anonymousKey, shareToken), user };
}

/** The requester of a page (no bearer tokens: browsers sign in). */
export async function pageRequester(shareToken: string | null = null): Promise<{ requester: Requester; user: CurrentUser | null }> {
  const user = await getCurrentUser();
  const anonymousKey = ourKey((await cookies()).get(ANONYMOUS_KEY_COOKIE)?.value ?? null);
  return { requester: await signedIn(user, anonymousKey, shareToken), user };
}

/** Set-Cookie for a browser's anonymous key (HttpOnly; Secure behind HTTPS). */
export function anonymousKeyCookie(key: string): string {
  const secure = env().NEXTAUTH_URL?.startsWith("https://") ? "; Secure" : "";
  return `${ANONYMOUS_KEY_COOKIE}=${key}; Path=/; Max-Age=${ANONYMOUS_KEY_MAX_AGE_S}; HttpOnly; SameSite=Lax${secure}`;
}

export { ANONYMOUS };
