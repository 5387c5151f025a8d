"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

interface SignInFormProps {
  callbackUrl: string;
  /** The single sign-on provider's display name, when OIDC_* configure one. */
  ssoName?: string | null;
  /** Why the last sign-on attempt failed (`/signin?error=…`), in Chinese. */
  initialError?: string | null;
}

export function SignInForm({ callbackUrl, ssoName = null, initialError = null }: SignInFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const [redirecting, setRedirecting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "邮箱或密码错误");
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  async function onSso() {
    setRedirecting(true);
    setError(null);
    // next-auth posts the CSRF token and sends the browser to the provider (PKCE and state in cookies).
    const result = await signIn("oidc", { callbackUrl }).catch(() => null);
    if (result === null) {
      setRedirecting(false);
      setError("无法跳转到身份提供方，请稍后再试");
    }
  }

  return (
    <div className="stack" style={{ maxWidth: "28rem" }}>
      <form onSubmit={onSubmit} className="card" noValidate>
        <div className="field">
          <label htmlFor="email">邮箱</label>
          <input id="email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="password">密码</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        {error ? (
          <p className="alert bad" role="alert">
            {error}
          </p>
        ) : null}
        <button className="btn" type="submit" disabled={pending}>
          {pending ? "正在登录…" : "登录"}
        </button>
      </form>
      {ssoName ? (
        <div className="card stack">
          <p className="muted small" style={{ margin: 0 }}>
            或通过单位的统一身份认证：
          </p>
          <button className="btn secondary" type="button" onClick={onSso} disabled={redirecting}>
            {redirecting ? "正在跳转…" : `使用${ssoName}`}
          </button>
        </div>
      ) : null}
    </div>
  );
}
