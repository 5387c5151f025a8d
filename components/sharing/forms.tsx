"use client";

/** The owner's sharing forms: each posts to a server action that checks ownership again. */
import { useActionState, useState } from "react";
import { createLink, deleteAssessment, revokeLink, setTeam, shareTeam, shareUser, unshare } from "@/app/assessments/[id]/sharing/actions";
import { Status } from "@/components/form-status";

export function CreateLinkForm({ assessmentId }: { assessmentId: string }) {
  const [state, action, pending] = useActionState(createLink, null);
  const [copied, setCopied] = useState(false);
  const url = state?.ok ? new URL(state.url, window.location.origin).toString() : null;
  return (
    <form action={action} className="card stack">
      <h3 style={{ marginTop: 0 }}>新建只读链接</h3>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <div className="field">
        <label htmlFor="link-label">链接名称（记录谁在用它）</label>
        <input id="link-label" type="text" name="label" required maxLength={60} placeholder="如：2026 年 12 月评审会" />
      </div>
      <div className="field">
        <label htmlFor="link-days">有效期（天，留空表示不过期）</label>
        <input id="link-days" type="text" name="expiresInDays" inputMode="numeric" pattern="[0-9]*" maxLength={3} placeholder="如：14" />
      </div>
      <Status state={state} />
      {url ? (
        <div className="field">
          <label htmlFor="new-link">只读链接（只显示这一次）</label>
          <input id="new-link" type="text" readOnly value={url} data-testid="new-share-link" onFocus={(e) => e.currentTarget.select()} />
          <button
            type="button"
            className="btn secondary"
            onClick={() => void navigator.clipboard.writeText(url).then(() => setCopied(true), () => setCopied(false))}
          >
            {copied ? "已复制" : "复制链接"}
          </button>
        </div>
      ) : null}
      <button className="btn" type="submit" disabled={pending}>
        {pending ? "正在创建…" : "创建只读链接"}
      </button>
    </form>
  );
}

export function RevokeLinkButton({ assessmentId, linkId, label }: { assessmentId: string; linkId: string; label: string }) {
  const [state, action, pending] = useActionState(revokeLink, null);
  return (
    <form action={action}>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="linkId" value={linkId} />
      <button className="btn secondary" type="submit" disabled={pending} aria-label={`撤销链接「${label}」`}>
        撤销
      </button>
      <Status state={state} />
    </form>
  );
}

export function ShareWithUserForm({ assessmentId }: { assessmentId: string }) {
  const [state, action, pending] = useActionState(shareUser, null);
  return (
    <form action={action} className="card stack">
      <h3 style={{ marginTop: 0 }}>与同事共享</h3>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <div className="field">
        <label htmlFor="share-email">同事的登录邮箱</label>
        <input id="share-email" name="email" type="email" required />
      </div>
      <div className="field">
        <label htmlFor="share-role">权限</label>
        <select id="share-role" name="role" defaultValue="viewer">
          <option value="viewer">只读</option>
          <option value="editor">可编辑（可保存和提交新版本）</option>
        </select>
      </div>
      <Status state={state} />
      <button className="btn" type="submit" disabled={pending}>
        共享
      </button>
    </form>
  );
}

export function ShareWithTeamForm({ assessmentId, teams }: { assessmentId: string; teams: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(shareTeam, null);
  if (teams.length === 0) return null;
  return (
    <form action={action} className="card stack">
      <h3 style={{ marginTop: 0 }}>与团队共享</h3>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <div className="field">
        <label htmlFor="share-team">团队</label>
        <select id="share-team" name="teamId">
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="share-team-role">权限</label>
        <select id="share-team-role" name="role" defaultValue="viewer">
          <option value="viewer">只读</option>
          <option value="editor">可编辑</option>
        </select>
      </div>
      <Status state={state} />
      <button className="btn" type="submit" disabled={pending}>
        与团队共享
      </button>
    </form>
  );
}

export function UnshareButton({ assessmentId, grantId, subject }: { assessmentId: string; grantId: string; subject: string }) {
  const [state, action, pending] = useActionState(unshare, null);
  return (
    <form action={action}>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="grantId" value={grantId} />
      <button className="btn secondary" type="submit" disabled={pending} aria-label={`取消与 ${subject} 的共享`}>
        取消共享
      </button>
      <Status state={state} />
    </form>
  );
}

export function TeamForm({ assessmentId, teams, current }: { assessmentId: string; teams: { id: string; name: string }[]; current: string | null }) {
  const [state, action, pending] = useActionState(setTeam, null);
  if (teams.length === 0) return null;
  return (
    <form action={action} className="card stack">
      <h3 style={{ marginTop: 0 }}>所属团队</h3>
      <p className="small muted">归入团队后，团队成员按各自的团队权限（只读或可编辑）访问这份评估。</p>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <div className="field">
        <label htmlFor="owner-team">团队</label>
        <select id="owner-team" name="teamId" defaultValue={current ?? ""}>
          <option value="">不属于任何团队（仅自己与共享对象）</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </div>
      <Status state={state} />
      <button className="btn" type="submit" disabled={pending}>
        保存
      </button>
    </form>
  );
}

export function DeleteAssessmentForm({ assessmentId }: { assessmentId: string }) {
  const [state, action, pending] = useActionState(deleteAssessment, null);
  return (
    <form action={action} className="card stack" onSubmit={(e) => { if (!window.confirm("移入回收站？30 天内可以恢复。")) e.preventDefault(); }}>
      <h3 style={{ marginTop: 0 }}>删除</h3>
      <p className="small muted">移入回收站后，共享对象和只读链接都无法再打开它；30 天内你可以在“我的评估 → 回收站”恢复。</p>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <Status state={state} />
      <button className="btn danger" type="submit" disabled={pending}>
        移入回收站
      </button>
    </form>
  );
}
