import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { INVITATION_UNUSABLE, invitationState } from "@/lib/data/invitations";
import { PASSWORD_MIN_CHARS } from "@/lib/domain/passwords";
import { db } from "@/lib/db";
import { ROLE_LABELS } from "@/lib/domain/roles";

export const metadata: Metadata = { title: "接受邀请", referrer: "no-referrer" };
// Reads the database on every request (settings and accounts change at run time).
export const dynamic = "force-dynamic";

const dateTime = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await invitationState(db, token);
  if (invitation.state !== "valid") {
    const { title, detail } = INVITATION_UNUSABLE[invitation.state];
    return (
      <div className="stack">
        <h1>{title}</h1>
        <p className="alert warn" role="status">
          {detail}
        </p>
        <p>
          <Link href="/signin?callbackUrl=%2F">去登录</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="stack">
      <h1>接受邀请</h1>
      <p className="lead">
        您受邀以<strong>{ROLE_LABELS[invitation.role]}</strong>身份使用本站，账号邮箱为 <strong>{invitation.email}</strong>。设置姓名和密码即可创建账号；邀请在{" "}
        {dateTime.format(invitation.expiresAt)} 前有效，只能使用一次。
      </p>
      <AcceptInvitationForm token={token} minChars={PASSWORD_MIN_CHARS} />
    </div>
  );
}
