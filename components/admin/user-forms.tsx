"use client";

import { useActionState } from "react";
import { createInvitation, createUser, resetPassword, revokeInvitation, setSelfRegistration, setUserDisabled } from "@/app/admin/users/actions";
import { FieldError, Status, invalidProps } from "@/components/form-status";

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUser, null);
  const invalid = (name: string) => (state?.fieldErrors?.[name] ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  return (
    <form action={action} className="card">
      <h2 style={{ marginTop: 0 }}>新建账号</h2>
      <div className="field">
        <label htmlFor="new-email">邮箱</label>
        <input id="new-email" name="email" type="email" required {...invalid("email")} />
        <FieldError state={state} name="email" />
      </div>
      <div className="field">
        <label htmlFor="new-name">姓名</label>
        <input id="new-name" name="name" type="text" required {...invalid("name")} />
        <FieldError state={state} name="name" />
      </div>
      <div className="field">
        <label htmlFor="new-role">角色</label>
        <select id="new-role" name="role" defaultValue="architect">
          <option value="architect">架构师</option>
          <option value="admin">管理员</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-password">初始密码（至少 10 个字符）</label>
        <input id="new-password" name="password" type="password" autoComplete="new-password" required {...invalid("password")} />
        <FieldError state={state} name="password" />
      </div>
      <Status state={state} />
      <button className="btn" type="submit" disabled={pending}>
        {pending ? "正在创建…" : "创建账号"}
      </button>
    </form>
  );
}

export function ToggleUserForm({ userId, disabled, email }: { userId: string; disabled: boolean; email: string }) {
  const [state, action, pending] = useActionState(setUserDisabled, null);
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <button className="btn secondary" type="submit" disabled={pending} aria-label={`${disabled ? "启用" : "停用"} ${email}`}>
        {disabled ? "启用" : "停用"}
      </button>
      <Status state={state} />
    </form>
  );
}

export function ResetPasswordForm({ userId, email }: { userId: string; email: string }) {
  const [state, action, pending] = useActionState(resetPassword, null);
  return (
    <form action={action} className="row">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`pw-${userId}`}>
        {email} 的新密码
      </label>
      <input id={`pw-${userId}`} name="password" type="password" autoComplete="new-password" placeholder="新密码" style={{ maxWidth: "12rem" }} />
      <button className="btn secondary" type="submit" disabled={pending}>
        重置密码
      </button>
      <Status state={state} />
    </form>
  );
}

export function InviteForm({ defaultDays, maxDays }: { defaultDays: number; maxDays: number }) {
  const [state, action, pending] = useActionState(createInvitation, null);
  const invalid = (name: string) => invalidProps(state, name, "invite");
  return (
    <div className="stack">
      <form action={action} className="card" style={{ maxWidth: "36rem" }}>
        <div className="field">
          <label htmlFor="invite-email">邮箱</label>
          <input id="invite-email" name="email" type="email" required autoComplete="off" {...invalid("email")} />
          <FieldError state={state} name="email" idPrefix="invite" />
        </div>
        <div className="field">
          <label htmlFor="invite-role">角色</label>
          <select id="invite-role" name="role" defaultValue="architect">
            <option value="architect">架构师</option>
            <option value="admin">管理员</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="invite-days">有效期（天）</label>
          <input id="invite-days" name="days" type="number" min={1} max={maxDays} defaultValue={defaultDays} required {...invalid("days")} />
          <FieldError state={state} name="days" idPrefix="invite" />
        </div>
        {state && !state.ok ? <Status state={state} /> : null}
        <button className="btn" type="submit" disabled={pending}>
          {pending ? "正在生成…" : "生成邀请链接"}
        </button>
      </form>
      {state?.ok ? (
        <div className="card stack" style={{ maxWidth: "36rem" }}>
          <Status state={state} />
          <div className="field">
            <label htmlFor="invite-link">邀请链接</label>
            <input id="invite-link" type="text" readOnly value={state.link} onFocus={(event) => event.currentTarget.select()} />
          </div>
        </div>
      ) : null}
    </div>
  );
}

export function RevokeInvitationForm({ invitationId, email }: { invitationId: string; email: string }) {
  const [state, action, pending] = useActionState(revokeInvitation, null);
  return (
    <form action={action}>
      <input type="hidden" name="invitationId" value={invitationId} />
      <button className="btn secondary" type="submit" disabled={pending} aria-label={`撤销对 ${email} 的邀请`}>
        撤销
      </button>
      <Status state={state} />
    </form>
  );
}

export function SelfRegistrationForm({ open }: { open: boolean }) {
  const [state, action, pending] = useActionState(setSelfRegistration, null);
  return (
    <form action={action} className="row">
      <input type="hidden" name="open" value={open ? "off" : "on"} />
      <span>
        自助注册：{open ? <span className="badge ok">已开启</span> : <span className="badge">已关闭</span>}
      </span>
      <button className="btn secondary" type="submit" disabled={pending}>
        {open ? "关闭自助注册" : "开启自助注册"}
      </button>
      <Status state={state} />
    </form>
  );
}
