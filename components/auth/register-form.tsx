"use client";

import Link from "next/link";
import { useActionState } from "react";
import { register } from "@/app/register/actions";
import { AccountFields } from "@/components/auth/account-fields";

export function RegisterForm({ minChars }: { minChars: number }) {
  const [state, action, pending] = useActionState(register, null);
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
      <div className="field">
        <label htmlFor="register-email">邮箱</label>
        <input
          id="register-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          {...(state?.fieldErrors?.email ? { "aria-invalid": true, "aria-describedby": "account-email-error" } : {})}
        />
        {state?.fieldErrors?.email ? (
          <p className="error" id="account-email-error">
            {state.fieldErrors.email[0]}
          </p>
        ) : null}
      </div>
      <AccountFields state={state} minChars={minChars} />
      {state && !state.ok ? (
        <p className="alert bad" role="alert">
          {state.message}
        </p>
      ) : null}
      <button className="btn" type="submit" disabled={pending}>
        {pending ? "正在注册…" : "注册"}
      </button>
    </form>
  );
}
