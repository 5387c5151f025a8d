import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "管理员登录" };

/** Only same-site paths may be a callback (no open redirect). */
function safeCallback(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  return path && path.startsWith("/") && !path.startsWith("//") ? path : "/admin";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <div className="stack">
      <h1>管理员登录</h1>
      <p className="lead">登录后可导入调研数据、查看导入审计记录和管理用户。问卷评估无需登录。</p>
      <SignInForm callbackUrl={safeCallback(params.callbackUrl)} />
    </div>
  );
}
