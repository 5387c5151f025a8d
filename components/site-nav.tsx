"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const NAV_ITEMS = [
  { href: "/assess", label: "问卷评估", who: "all" },
  { href: "/my", label: "我的评估", who: "user" },
  { href: "/insights", label: "调研洞察", who: "all" },
  { href: "/architectures", label: "架构对比", who: "all" },
  { href: "/knowledge", label: "知识卡片", who: "all" },
  { href: "/method", label: "方法与评分表", who: "all" },
  { href: "/admin", label: "管理", who: "admin" },
  { href: "/signin", label: "登录", who: "guest" },
] as const;

/** `role`: the signed-in user's role, or null for a visitor; the links follow it. */
export function SiteNav({ role }: { role: "admin" | "architect" | null }) {
  const pathname = usePathname();
  const shown = NAV_ITEMS.filter(
    (item) => item.who === "all" || (item.who === "user" && role !== null) || (item.who === "admin" && role === "admin") || (item.who === "guest" && role === null),
  );
  return (
    <nav aria-label="主导航">
      <ul className="nav">
        {shown.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
