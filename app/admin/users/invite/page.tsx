import type { Metadata } from "next";
import Link from "next/link";
import { InviteForm } from "@/components/admin/user-forms";
import { INVITATION_DEFAULT_DAYS, INVITATION_MAX_DAYS } from "@/lib/data/invitations";
import { requireAdminPage } from "@/lib/session";

export const metadata: Metadata = { title: "邀请用户" };

export default async function InvitePage() {
  await requireAdminPage("/admin/users/invite");
  return (
    <div className="stack">
      <h1>邀请用户</h1>
      <p className="lead">
        生成一个邀请链接发给对方：对方打开后自行设置姓名和密码，账号以这里填写的邮箱和角色创建。链接只显示一次，过期、被使用或撤销后失效；再次邀请同一邮箱会使之前的链接失效。
      </p>
      <InviteForm defaultDays={INVITATION_DEFAULT_DAYS} maxDays={INVITATION_MAX_DAYS} />
      <p>
        <Link href="/admin/users">返回用户管理</Link>
      </p>
    </div>
  );
}
