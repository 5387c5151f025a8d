import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { requireAdminPage } from "@/lib/session";
import { listBatches } from "@/lib/survey-import";
import { formatTime } from "@/components/admin/import/format";
import { Pager } from "@/components/admin/import/pager";

export const metadata: Metadata = { title: "导入批次" };
export const dynamic = "force-dynamic";

export default async function BatchesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireAdminPage("/admin/batches");
  const { page: requested } = await searchParams;
  const batches = await listBatches(db, Number(requested ?? 1));
  return (
    <div className="stack">
      <p className="small">
        <Link href="/admin">管理</Link> / 导入批次
      </p>
      <h1>导入批次</h1>
      <p className="lead">每次提交的导入：谁、何时、哪个文件（SHA-256）、新增/更新/未变条数；可查看逐字段差异并回滚。</p>
      <div className="row">
        <Link className="btn" href="/admin/import">
          导入数据
        </Link>
        <a className="btn secondary" href="/api/v1/admin/survey/export?format=csv" download>
          导出当前数据（CSV）
        </a>
        <a className="btn secondary" href="/api/v1/admin/survey/export?format=xlsx" download>
          导出当前数据（XLSX）
        </a>
      </div>
      {batches.total === 0 ? (
        <p className="alert">还没有导入批次。</p>
      ) : (
        <div className="table-scroll">
          <table className="data stacked">
            <caption className="sr-only">导入批次列表（最新在前）</caption>
            <thead>
              <tr>
                <th scope="col">提交时间</th>
                <th scope="col">提交人</th>
                <th scope="col">文件</th>
                <th scope="col">SHA-256</th>
                <th scope="col" className="num">新增</th>
                <th scope="col" className="num">更新</th>
                <th scope="col" className="num">未变</th>
                <th scope="col">状态</th>
                <th scope="col">详情</th>
              </tr>
            </thead>
            <tbody>
              {batches.items.map((batch) => (
                <tr key={batch.id}>
                  <td data-label="提交时间">{formatTime(batch.createdAt)}</td>
                  <td data-label="提交人">{batch.committedBy.name}（{batch.committedBy.email}）</td>
                  <td data-label="文件">
                    {batch.fileName} <span className="muted small">{batch.format.toUpperCase()}</span>
                  </td>
                  <td data-label="SHA-256">
                    <code className="import-sha" title={batch.sha256}>
                      {batch.sha256.slice(0, 12)}…
                    </code>
                  </td>
                  <td data-label="新增" className="num">{batch.created}</td>
                  <td data-label="更新" className="num">{batch.updated}</td>
                  <td data-label="未变" className="num">{batch.unchanged}</td>
                  <td data-label="状态">
                    {batch.status === "reverted" ? (
                      <span className="badge warn">已回滚{batch.revertedAt ? ` · ${formatTime(batch.revertedAt)}` : ""}</span>
                    ) : (
                      <span className="badge ok">已提交</span>
                    )}
                  </td>
                  <td data-label="详情">
                    <Link href={`/admin/batches/${batch.id}`} aria-label={`差异与回滚：${batch.fileName}（${formatTime(batch.createdAt)}）`}>
                      差异与回滚
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={batches.page} pages={batches.pages} href={(page) => `/admin/batches?page=${page}`} />
    </div>
  );
}
