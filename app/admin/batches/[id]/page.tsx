import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatTime } from "@/components/admin/import/format";
import { Pager } from "@/components/admin/import/pager";
import { RevertBatchButton } from "@/components/admin/import/revert-batch-button";
import { db } from "@/lib/db";
import { requireAdminPage } from "@/lib/session";
import { getBatch, getBatchChanges } from "@/lib/survey-import";

export const metadata: Metadata = { title: "导入批次详情" };
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string }>;
}

export default async function BatchPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireAdminPage(`/admin/batches/${id}`);
  const batch = await getBatch(db, id);
  if (!batch) notFound();
  const { page } = await searchParams;
  const changes = await getBatchChanges(db, batch.id, Number(page ?? 1));
  return (
    <div className="stack">
      <p className="small">
        <Link href="/admin">管理</Link> / <Link href="/admin/batches">导入批次</Link> / 详情
      </p>
      <h1>导入批次：{batch.fileName}</h1>
      <dl className="card import-meta">
        <dt>批次编号</dt>
        <dd>
          <code>{batch.id}</code>
        </dd>
        <dt>提交人</dt>
        <dd>
          {batch.committedBy.name}（{batch.committedBy.email}）
        </dd>
        <dt>提交时间</dt>
        <dd>{formatTime(batch.createdAt)}</dd>
        <dt>文件</dt>
        <dd>
          {batch.fileName}（{batch.format.toUpperCase()}）
        </dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="import-sha">{batch.sha256}</code>
        </dd>
        <dt>条数</dt>
        <dd>
          新增 {batch.created}，更新 {batch.updated}，未变 {batch.unchanged}
        </dd>
        <dt>状态</dt>
        <dd>
          {batch.status === "reverted" ? (
            <span className="badge warn">
              已回滚{batch.revertedAt ? ` · ${formatTime(batch.revertedAt)}` : ""}
              {batch.revertedBy ? ` · ${batch.revertedBy.name}` : ""}
            </span>
          ) : (
            <span className="badge ok">已提交</span>
          )}
        </dd>
      </dl>
      {changes.total > 0 ? (
        <RevertBatchButton batchId={batch.id} created={batch.created} updated={batch.updated} reverted={batch.status === "reverted"} />
      ) : null}

      <h2>逐字段差异（{changes.total} 条记录）</h2>
      {changes.total === 0 ? (
        <p className="alert">本批次没有改变任何记录。</p>
      ) : (
        <div className="table-scroll">
          <table className="data stacked import-diff">
            <caption className="sr-only">本批次每条记录的字段变化：导入前 → 导入后</caption>
            <thead>
              <tr>
                <th scope="col">企业编号</th>
                <th scope="col">企业名称</th>
                <th scope="col">操作</th>
                <th scope="col">字段</th>
                <th scope="col">导入前</th>
                <th scope="col">导入后</th>
              </tr>
            </thead>
            <tbody>
              {changes.items.flatMap((change) =>
                change.kind === "create" ? (
                  <tr key={change.code} className="import-diff-first">
                    <th scope="row">{change.code}</th>
                    <td data-label="企业名称">{change.label}</td>
                    <td data-label="操作">
                      <span className="badge info">新增</span>
                    </td>
                    <td data-label="字段">全部字段</td>
                    <td className="import-before" data-label="导入前">
                      —
                    </td>
                    <td data-label="导入后">
                      <details>
                        <summary>查看 {change.fields.length} 个字段</summary>
                        <ul className="import-details">
                          {change.fields.map((field) => (
                            <li key={field.field}>
                              <strong>{field.column}</strong>：{field.after}
                            </li>
                          ))}
                        </ul>
                      </details>
                    </td>
                  </tr>
                ) : (
                  change.fields.map((field, index) => (
                    <tr key={`${change.code}-${field.field}`} className={index === 0 ? "import-diff-first" : undefined}>
                      {index === 0 ? (
                        <>
                          <th scope="rowgroup" rowSpan={change.fields.length}>
                            {change.code}
                          </th>
                          <td rowSpan={change.fields.length} data-label="企业名称">
                            {change.label}
                          </td>
                          <td rowSpan={change.fields.length} data-label="操作">
                            <span className="badge warn">更新</span>
                          </td>
                        </>
                      ) : null}
                      <td data-label="字段">{field.column}</td>
                      <td className="import-before" data-label="导入前">
                        {field.before ?? "—"}
                      </td>
                      <td data-label="导入后">{field.after ?? "—"}</td>
                    </tr>
                  ))
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={changes.page} pages={changes.pages} href={(next) => `/admin/batches/${batch.id}?page=${next}`} />
    </div>
  );
}
