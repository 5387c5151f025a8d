import type { Metadata } from "next";
import Link from "next/link";
import { RegisterForm } from "@/components/auth/register-form";
import { PASSWORD_MIN_CHARS } from "@/lib/domain/passwords";
import { selfRegistrationOpen } from "@/lib/data/settings";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "注册" };
// Reads the database on every request (settings and accounts change at run time).
export const dynamic = "force-dynamic";

export default async function RegisterPage() {
  const open = await selfRegistrationOpen(db);
  return (
    <div className="stack">
      <h1>注册架构师账号</h1>
      {open ? (
        <>
          <p className="lead">注册后可保存、查找和共享自己的评估。管理员账号不能自助注册。</p>
          <RegisterForm minChars={PASSWORD_MIN_CHARS} />
        </>
      ) : (
        <div className="alert warn" role="status">
          <h2 className="alert-title">自助注册未开放</h2>
          <p style={{ margin: 0 }}>本站目前只能由管理员创建账号或发出邀请。已有账号请直接登录。</p>
        </div>
      )}
      <p>
        <Link href="/signin?callbackUrl=%2F">已有账号？登录</Link>
      </p>
    </div>
  );
}
