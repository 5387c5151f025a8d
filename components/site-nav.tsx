"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export const NAV_ITEMS = [
  { href: "/assess", label: "问卷评估" },
  { href: "/insights", label: "调研洞察" },
  { href: "/architectures", label: "架构对比" },
  { href: "/knowledge", label: "知识卡片" },
  { href: "/admin", label: "管理" },
] as const;

export function SiteNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="主导航">
      <ul className="nav">
        {NAV_ITEMS.map((item) => {
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
