import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session";

export const dynamic = "force-dynamic";

/** Where signing in without a destination lands: admins on their hub, architects on 我的评估. */
export default async function StartPage() {
  const user = await getCurrentUser();
  redirect(user === null ? "/signin" : user.role === "admin" ? "/admin" : "/my");
}
