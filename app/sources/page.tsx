import type { Metadata } from "next";
import Link from "next/link";
import { SOURCE_ARTICLES } from "@/lib/domain/sources";

export const metadata: Metadata = { title: "来源文章" };

/** What each source article is, what the product took from it, and where it is incomplete. */
export default function SourcesPage() {
  return (
    <div className="stack">
      <h1>来源文章</h1>
      <p className="lead">
        本产品的调研数据、决策规则与知识卡片来自以下五篇公开的中文文章（作者不详，行文偏宣传）。产品中每个“出处”都按文章标题与章节注明；
        本产品自己补充的内容（缓解措施、补全的技术栈组合、评分表、37 条记录的重构）都标为本产品所加，评分表见<Link href="/method">方法与评分表</Link>。
      </p>
      {SOURCE_ARTICLES.map((article) => (
        <section key={article.id} className="card stack" aria-labelledby={`source-${article.id}`}>
          <h2 id={`source-${article.id}`} style={{ marginTop: 0 }}>
            {article.title}
          </h2>
          <p className="small muted">全名：{article.fullTitle}</p>
          <p>
            <strong>本产品用到的内容：</strong>
            {article.takes}
          </p>
          <div>
            <strong>已知的缺口：</strong>
            <ul>
              {article.gaps.map((gap) => (
                <li key={gap}>{gap}</li>
              ))}
            </ul>
          </div>
        </section>
      ))}
    </div>
  );
}
