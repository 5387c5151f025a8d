import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { env } from "@/lib/env";
import { safeCallbackPath } from "@/lib/session/redirect";

export const metadata: Metadata = { title: "管理员登录" };

/** Where the form goes after signing in: a path on this site only (lib/session/redirect.ts). */
function callbackPath(value: string | string[] | undefined): string {
  const origin = env().NEXTAUTH_URL ?? "http://localhost";
  return safeCallbackPath(Array.isArray(value) ? value[0] : value, origin);
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <div className="stack">
      <h1>管理员登录</h1>
      <p className="lead">登录后可导入调研数据、查看导入审计记录和管理用户。问卷评估无需登录。</p>
      <SignInForm callbackUrl={callbackPath(params.callbackUrl)} />
    </div>
  );
}
