import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  CreateLinkForm,
  DeleteAssessmentForm,
  RevokeLinkButton,
  ShareWithTeamForm,
  ShareWithUserForm,
  TeamForm,
  UnshareButton,
} from "@/components/sharing/forms";
import { formatWhen } from "@/components/result/version-nav";
import { resultPath, sharingPath } from "@/lib/assessments/id";
import { getAssessment } from "@/lib/data/assessments";
import { accessLog, listGrants, listShareLinks, teamsOf } from "@/lib/data/sharing";
import { db } from "@/lib/db";
import { pageAccess } from "@/lib/http/assessment-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "共享与访问记录", robots: { index: false, follow: false } };

const ACTION_LABELS: Record<string, string> = {
  view: "查看",
  change: "修改",
  download: "下载",
  share: "共享",
  unshare: "取消共享",
  delete: "移入回收站",
  restore: "恢复",
};

const iso = (date: Date) => date.toISOString();

function linkState(link: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): string {
  if (link.revokedAt) return `已撤销（${formatWhen(iso(link.revokedAt))}）`;
  if (link.expiresAt && link.expiresAt <= now) return `已过期（${formatWhen(iso(link.expiresAt))}）`;
  return link.expiresAt ? `有效，至 ${formatWhen(iso(link.expiresAt))}` : "有效，不过期";
}

/** The owner's page: read-only links, people and teams it is shared with, and who accessed it. */
export default async function SharingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { access, user } = await pageAccess(id, sharingPath(id));
  if (!access.manage || !user) notFound();
  const [view, links, grants, log, teams] = await Promise.all([
    getAssessment(db, id, "latest"),
    listShareLinks(db, id),
    listGrants(db, id),
    accessLog(db, id),
    teamsOf(db, user.id),
  ]);
  if (!view) notFound();
  const now = new Date();
  return (
    <div className="stack">
      <p className="small">
        <Link href={resultPath(id)}>← 返回评估结果</Link>
      </p>
      <h1>共享与访问记录：{view.systemName || "（未命名系统）"}</h1>
      <p className="lead">
        这份评估默认只有你能看到。只读链接让未登录的人也能查看（不能修改），随时可撤销；与同事或团队共享时可以给只读或编辑权限。
      </p>

      <section aria-labelledby="links-h" className="stack">
        <h2 id="links-h">只读链接</h2>
        <CreateLinkForm assessmentId={id} />
        {links.length === 0 ? (
          <p className="muted">还没有只读链接。</p>
        ) : (
          <ul className="plain-list stack" aria-label="只读链接">
            {links.map((link) => (
              <li key={link.id} className="card row" data-testid="share-link-row">
                <div style={{ flex: "1 1 16rem" }}>
                  <strong>{link.label}</strong>
                  <div className="small muted">
                    {linkState(link, now)} · {link.createdBy} 创建于 {formatWhen(iso(link.createdAt))}
                  </div>
                </div>
                {link.revokedAt ? null : <RevokeLinkButton assessmentId={id} linkId={link.id} label={link.label} />}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="grants-h" className="stack">
        <h2 id="grants-h">共享对象</h2>
        <div className="chart-grid">
          <ShareWithUserForm assessmentId={id} />
          <ShareWithTeamForm assessmentId={id} teams={teams} />
          <TeamForm assessmentId={id} teams={teams} current={access.teamId} />
        </div>
        {grants.length === 0 ? (
          <p className="muted">还没有与任何人共享。</p>
        ) : (
          <ul className="plain-list stack" aria-label="共享对象">
            {grants.map((grant) => {
              const subject = grant.subject.kind === "user" ? `${grant.subject.name}（${grant.subject.email}）` : `团队「${grant.subject.name}」`;
              return (
                <li key={grant.id} className="card row">
                  <div style={{ flex: "1 1 16rem" }}>
                    <strong>{subject}</strong>
                    <div className="small muted">{grant.role === "editor" ? "可编辑" : "只读"}</div>
                  </div>
                  <UnshareButton assessmentId={id} grantId={grant.id} subject={subject} />
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="log-h" className="stack">
        <h2 id="log-h">访问记录</h2>
        <p className="small muted">最近 {log.length} 条：谁查看、修改、下载或共享了这份评估，经由哪个链接或令牌（你自己的查看不记录）。时间为北京时间。</p>
        {log.length === 0 ? (
          <p className="muted">还没有记录。</p>
        ) : (
          <ol className="plain-list access-log" aria-label="访问记录">
            {log.map((entry, index) => (
              <li key={index} className="access-log-entry">
                <span className="small muted">{formatWhen(iso(entry.at))}</span> <strong>{entry.who}</strong> {ACTION_LABELS[entry.action] ?? entry.action}
                {entry.via ? <span className="small">（{entry.via}）</span> : null}
                {entry.detail ? <span className="small muted"> · {entry.detail}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <DeleteAssessmentForm assessmentId={id} />
    </div>
  );
}
