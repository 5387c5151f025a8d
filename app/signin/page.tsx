import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { selfRegistrationOpen } from "@/lib/data/settings";
import { db } from "@/lib/db";
import { env, oidcConfig } from "@/lib/env";
import { signInErrorMessage } from "@/lib/session/oidc";
import { safeCallbackPath } from "@/lib/session/redirect";

export const metadata: Metadata = { title: "登录" };
// Reads the database on every request (settings and accounts change at run time).
export const dynamic = "force-dynamic";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Where the form goes after signing in: a path on this site only (lib/session/redirect.ts). */
function callbackPath(value: string | undefined): string {
  const origin = env().NEXTAUTH_URL ?? "http://localhost";
  return safeCallbackPath(value, origin);
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const sso = oidcConfig();
  const registration = await selfRegistrationOpen(db);
  return (
    <div className="stack">
      <h1>登录</h1>
      <p className="lead">架构师登录后可保存、查找和共享自己的评估；管理员还可导入调研数据、管理用户和团队。问卷评估无需登录。</p>
      <SignInForm callbackUrl={callbackPath(first(params.callbackUrl))} ssoName={sso?.name ?? null} initialError={signInErrorMessage(first(params.error))} />
      {registration ? (
        <p>
          还没有账号？<Link href="/register">注册架构师账号</Link>
        </p>
      ) : null}
    </div>
  );
}
