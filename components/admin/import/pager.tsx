import Link from "next/link";

export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav className="row" aria-label="分页">
      {page > 1 ? <Link href={href(page - 1)}>上一页</Link> : null}
      <span>
        第 {page} / {pages} 页
      </span>
      {page < pages ? <Link href={href(page + 1)}>下一页</Link> : null}
    </nav>
  );
}
