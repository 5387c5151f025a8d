/**
 * Who is asking, and the role checks every admin page, route handler
 * and server action makes on the server. The JWT says who signed in; the database says whether
 * that user is still an enabled admin, so disabling a user takes effect at once.
 */
import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions, type Role } from "@/lib/session/auth-options";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id } });
  if (!user || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role };
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
