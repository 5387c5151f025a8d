import type { Metadata } from "next";
import Link from "next/link";
import { RestoreButton } from "@/components/sharing/restore-button";
import { formatWhen } from "@/components/result/version-nav";
import { DECISION_LABELS, type Decision } from "@/lib/domain/catalog";
import { editPath, resultPath } from "@/lib/assessments/id";
import { BIN_RETENTION_DAYS, listAssessments, purgeBin, type ListScope } from "@/lib/data/assessments";
import { db } from "@/lib/db";
import { requireUserPage } from "@/lib/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "我的评估" };

const SCOPES: { id: ListScope; label: string }[] = [
  { id: "all", label: "全部" },
  { id: "mine", label: "我创建的" },
  { id: "shared", label: "与我共享的" },
  { id: "team", label: "团队的" },
];
const RELATION_LABELS = { owner: "我的", shared: "共享给我", team: "团队" } as const;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function MyAssessmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const bin = one(query.view) === "bin";
  const user = await requireUserPage(bin ? "/my?view=bin" : "/my");
  const q = one(query.q).slice(0, 100);
  const scope = SCOPES.find((s) => s.id === one(query.scope))?.id ?? "all";
  if (bin) await purgeBin(db);
  const items = await listAssessments(db, user.id, { q, scope, bin });
  return (
    <div className="stack">
      <h1>{bin ? "回收站" : "我的评估"}</h1>
      <p className="lead">
        {bin
          ? `移入回收站的评估保留 ${BIN_RETENTION_DAYS} 天，之后永久删除；期间共享对象和只读链接都无法打开它们。`
          : "你创建的、与你共享的以及你所在团队的评估，按更新时间排列（北京时间）。"}
      </p>
      <nav aria-label="评估视图" className="row">
        <Link href="/my" aria-current={bin ? undefined : "page"}>
          评估
        </Link>
        <Link href="/my?view=bin" aria-current={bin ? "page" : undefined}>
          回收站
        </Link>
        <Link className="btn" href="/assess">
          新建评估
        </Link>
      </nav>
      {bin ? null : (
        <form className="row" role="search" action="/my">
          <div className="field">
            <label htmlFor="my-q">按系统名称搜索</label>
            <input id="my-q" name="q" type="search" defaultValue={q} maxLength={100} />
          </div>
          <div className="field">
            <label htmlFor="my-scope">范围</label>
            <select id="my-scope" name="scope" defaultValue={scope}>
              {SCOPES.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <button className="btn secondary" type="submit">
            筛选
          </button>
        </form>
      )}
      {items.length === 0 ? (
        <p className="card empty-state" data-testid="my-empty">
          {bin ? "回收站是空的。" : q || scope !== "all" ? "没有符合条件的评估。" : "还没有评估。"}
        </p>
      ) : (
        <ul className="plain-list stack" aria-label={bin ? "回收站中的评估" : "评估列表"}>
          {items.map((item) => {
            const name = item.systemName || "（未命名系统）";
            return (
              <li key={item.id} className="card row" data-testid="my-item">
                <div style={{ flex: "1 1 18rem" }}>
                  {bin ? (
                    <strong>{name}</strong>
                  ) : (
                    <Link href={resultPath(item.id)}>
                      <strong>{name}</strong>
                    </Link>
                  )}
                  <div className="small muted">
                    {RELATION_LABELS[item.relation]}
                    {item.relation !== "owner" && item.owner ? `（${item.owner}）` : ""} · 共 {item.versions} 版 · 最新
                    {item.latestStatus === "submitted" ? "已提交" : "为草稿"}
                    {item.decision ? ` · 决策：${DECISION_LABELS[item.decision as Decision] ?? item.decision}` : ""} · 更新于{" "}
                    {formatWhen(item.updatedAt.toISOString())}
                    {item.deletedAt ? ` · 移入回收站于 ${formatWhen(item.deletedAt.toISOString())}` : ""}
                  </div>
                </div>
                {bin ? (
                  <RestoreButton assessmentId={item.id} name={name} />
                ) : item.latestStatus === "draft" && item.relation === "owner" ? (
                  <Link className="btn secondary" href={editPath(item.id)}>
                    继续填写
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
