import type { Metadata } from "next";
import Link from "next/link";
import { formatTime } from "@/components/admin/import/format";
import { getAdminOverview } from "@/lib/data/admin";
import { selfRegistrationOpen } from "@/lib/data/settings";
import { db } from "@/lib/db";
import { requireAdminPage } from "@/lib/session";

export const metadata: Metadata = { title: "管理" };
export const dynamic = "force-dynamic";

/** The admin's hub: what there is, what happened lately, and what needs attention. */
export default async function AdminPage() {
  await requireAdminPage("/admin");
  const [overview, registration] = await Promise.all([getAdminOverview(db), selfRegistrationOpen(db)]);
  const attention: { text: string; href: string }[] = [];
  if (registration) attention.push({ text: "自助注册已开启：注册的邮箱未经验证，不需要时请关闭", href: "/admin/users" });
  if (overview.expiringInvitations > 0) attention.push({ text: `${overview.expiringInvitations} 个邀请将在 3 天内过期`, href: "/admin/users" });
  if (overview.disabledUsers > 0) attention.push({ text: `${overview.disabledUsers} 个账号已停用`, href: "/admin/users" });
  if (overview.reconstructed > 0 && overview.reconstructed < overview.enterprises) {
    attention.push({ text: `调研库混有 ${overview.reconstructed} 条重构记录与 ${overview.enterprises - overview.reconstructed} 条导入记录：页面上的百分比可能与原文不同`, href: "/insights" });
  }
  return (
    <div className="stack">
      <h1>管理</h1>
      <div className="grid">
        <Link className="card" href="/admin/import">
          <div className="stat">{overview.enterprises}</div>
          <div className="stat-label">调研企业记录（其中重构 {overview.reconstructed} 条）· 导入数据</div>
        </Link>
        <Link className="card" href="/admin/batches">
          <div className="stat">{overview.batches}</div>
          <div className="stat-label">导入批次 · 审计与回滚</div>
        </Link>
        <Link className="card" href="/admin/users">
          <div className="stat">{overview.users}</div>
          <div className="stat-label">用户（待接受邀请 {overview.pendingInvitations} 个）· 新建、邀请、停用、重置密码、自助注册开关</div>
        </Link>
        <Link className="card" href="/admin/teams">
          <div className="stat">{overview.teams}</div>
          <div className="stat-label">团队 · 新建、改名、删除，管理成员</div>
        </Link>
      </div>

      <section aria-labelledby="attention-h" className="stack">
        <h2 id="attention-h">需要留意</h2>
        {attention.length === 0 ? (
          <p className="muted">目前没有需要处理的事项。</p>
        ) : (
          <ul>
            {attention.map((item) => (
              <li key={item.text}>
                <Link href={item.href}>{item.text}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="recent-h" className="stack">
        <h2 id="recent-h">最近的导入与回滚</h2>
        {overview.recentBatches.length === 0 ? (
          <p className="muted">还没有导入过调研数据。</p>
        ) : (
          <ul className="plain-list stack">
            {overview.recentBatches.map((batch) => (
              <li key={batch.id} className="card">
                <Link href={`/admin/batches/${batch.id}`}>{batch.fileName}</Link>
                <div className="small muted">
                  {formatTime(batch.createdAt)} · {batch.by} 导入（新增 {batch.created}，更新 {batch.updated}）
                  {batch.status === "reverted" ? ` · 已回滚${batch.revertedAt ? `（${formatTime(batch.revertedAt)}）` : ""}` : " · 已提交"}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
