import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { SiteNav } from "@/components/site-nav";
import { getCurrentUser } from "@/lib/session";
import "./globals.css";
import { nameWithRole } from "@/lib/domain/roles";

export const metadata: Metadata = {
  title: { default: "天津 Go 技术栈选型", template: "%s · 天津 Go 技术栈选型" },
  description: "面向信创（ARM64、麒麟/统信/openEuler、国密）的 Go 技术栈选型决策：问卷评估、可解释决策树、调研洞察。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="zh-CN">
      <body>
        <a className="skip-link" href="#main">
          跳到正文
        </a>
        <header className="site-header">
          <div className="inner">
            <Link className="brand" href="/">
              天津 Go 技术栈选型
            </Link>
            <SiteNav role={user?.role ?? null} />
            {user ? (
              <div className="nav-user">
                <span>{nameWithRole(user.name, user.role)}</span>
                <Link href="/settings/tokens" className="small">
                  访问令牌
                </Link>
                <SignOutButton />
              </div>
            ) : null}
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          调研数据为依据《Golang 天津技术栈选型决策树（2024 京津冀版）》汇总指标重构的记录（非原始问卷）；决策规则见该文第四章。
          <Link href="/sources">来源文章与其缺口</Link>
        </footer>
      </body>
    </html>
  );
}
