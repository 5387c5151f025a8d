"use client";

import { useActionState } from "react";
import { addTeamMember, createTeam, deleteTeam, removeTeamMember, renameTeam } from "@/app/admin/teams/actions";
import { FieldError, Status, invalidProps } from "@/components/form-status";

export function CreateTeamForm() {
  const [state, action, pending] = useActionState(createTeam, null);
  return (
    <form action={action} className="card" style={{ maxWidth: "36rem" }}>
      <h2 style={{ marginTop: 0 }}>新建团队</h2>
      <div className="field">
        <label htmlFor="team-name">团队名称</label>
        <input id="team-name" name="name" type="text" required maxLength={60} {...invalidProps(state, "name", "team")} />
        <FieldError state={state} name="name" idPrefix="team" />
      </div>
      <Status state={state} />
      <button className="btn" type="submit" disabled={pending}>
        {pending ? "正在创建…" : "创建团队"}
      </button>
    </form>
  );
}

export function AddMemberForm({ teamId }: { teamId: string }) {
  const [state, action, pending] = useActionState(addTeamMember, null);
  const prefix = `member-${teamId}`;
  return (
    <form action={action} className="row">
      <input type="hidden" name="teamId" value={teamId} />
      <div className="field" style={{ marginBottom: 0 }}>
        <label htmlFor={`${prefix}-email`}>成员邮箱</label>
        <input id={`${prefix}-email`} name="email" type="email" required {...invalidProps(state, "email", prefix)} />
        <FieldError state={state} name="email" idPrefix={prefix} />
      </div>
      <div className="field" style={{ marginBottom: 0 }}>
        <label htmlFor={`${prefix}-role`}>成员角色</label>
        <select id={`${prefix}-role`} name="role" defaultValue="viewer">
          <option value="viewer">查看者（只读）</option>
          <option value="editor">编辑者（可修改）</option>
        </select>
      </div>
      <button className="btn" type="submit" disabled={pending}>
        加入团队
      </button>
      <Status state={state} />
    </form>
  );
}

export function RemoveMemberForm({ teamId, userId, email, teamName }: { teamId: string; userId: string; email: string; teamName: string }) {
  const [state, action, pending] = useActionState(removeTeamMember, null);
  return (
    <form action={action}>
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="userId" value={userId} />
      <button className="btn secondary" type="submit" disabled={pending} aria-label={`将 ${email} 移出 ${teamName}`}>
        移出
      </button>
      <Status state={state} />
    </form>
  );
}

export function RenameTeamForm({ teamId, name }: { teamId: string; name: string }) {
  const [state, action, pending] = useActionState(renameTeam, null);
  const prefix = `rename-${teamId}`;
  return (
    <form action={action} className="row">
      <input type="hidden" name="teamId" value={teamId} />
      <label htmlFor={prefix}>新名称</label>
      <input id={prefix} name="name" type="text" required maxLength={60} defaultValue={name} style={{ maxWidth: "16rem" }} {...invalidProps(state, "name", prefix)} />
      <button className="btn secondary" type="submit" disabled={pending}>
        改名
      </button>
      <FieldError state={state} name="name" idPrefix={prefix} />
      <Status state={state} />
    </form>
  );
}

export function DeleteTeamForm({ teamId, name, assessments }: { teamId: string; name: string; assessments: number }) {
  const [state, action, pending] = useActionState(deleteTeam, null);
  return (
    <form action={action} className="row">
      <input type="hidden" name="teamId" value={teamId} />
      <input id={`delete-${teamId}`} name="confirm" type="checkbox" value="yes" required />
      <label htmlFor={`delete-${teamId}`}>
        确认删除团队「{name}」{assessments > 0 ? `（其 ${assessments} 份评估仍归各自的所有者，成员将不再能查看）` : ""}
      </label>
      <button className="btn danger" type="submit" disabled={pending}>
        删除团队
      </button>
      <Status state={state} />
    </form>
  );
}
