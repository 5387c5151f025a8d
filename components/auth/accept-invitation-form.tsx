"use client";

import Link from "next/link";
import { useActionState } from "react";
import { acceptInvitation } from "@/app/invite/[token]/actions";
import { AccountFields } from "@/components/auth/account-fields";

export function AcceptInvitationForm({ token, minChars }: { token: string; minChars: number }) {
  const [state, action, pending] = useActionState(acceptInvitation, null);
  if (state?.ok) {
    return (
      <div className="alert ok" role="status">
        <p style={{ marginTop: 0 }}>{state.message}</p>
        <Link className="btn" href="/signin?callbackUrl=%2F">
          去登录
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="card" style={{ maxWidth: "28rem" }}>
      <input type="hidden" name="token" value={token} />
      <AccountFields state={state} minChars={minChars} />
      {state && !state.ok ? (
        <p className="alert bad" role="alert">
          {state.message}
        </p>
      ) : null}
      <button className="btn" type="submit" disabled={pending}>
        {pending ? "正在创建…" : "创建账号"}
      </button>
    </form>
  );
}
