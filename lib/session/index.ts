/**
 * Who is asking, and the role checks every admin page, route handler and server action makes on
 * the server. The JWT says who signed in and with which session version; the database (through a
 * cache of a few seconds, lib/session/session-state.ts) says whether that session is still open
 * and the user still an enabled admin.
 */
import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/session/auth-options";
import { sessionUser, type Role } from "@/lib/session/session-state";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  // A stale token (signed out, password reset, disabled) is refused inside: no session.
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await sessionUser(db, id);
  if (!user || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** For pages and server actions any signed-in user may use: redirects to sign-in otherwise. */
export async function requireUserPage(callbackUrl: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}

/** For pages and server actions: redirects to sign-in, or answers 403 via the forbidden page. */
export async function requireAdminPage(callbackUrl: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (user.role !== "admin") redirect("/forbidden");
  return user;
}

/** For route handlers: 401 without a session, 403 without the admin role. */
export async function requireAdminApi(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError({ status: 401, code: "unauthenticated", title: "未登录", detail: "此接口需要管理员登录" });
  if (user.role !== "admin") throw new AppError({ status: 403, code: "forbidden", title: "无权限", detail: "此接口仅限管理员" });
  return user;
}
