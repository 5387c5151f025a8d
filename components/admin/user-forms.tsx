"use client";

import { useActionState } from "react";
import { createUser, resetPassword, setUserDisabled } from "@/app/admin/users/actions";
import type { FormState } from "@/lib/http/action-state";

function Status({ state }: { state: FormState }) {
  if (!state) return null;
  return (
    <p className={`alert ${state.ok ? "ok" : "bad"}`} role="status">
      {state.message}
    </p>
  );
}

function FieldError({ state, name }: { state: FormState; name: string }) {
  const message = state?.fieldErrors?.[name]?.[0];
  return message ? (
    <p className="error" id={`${name}-error`}>
      {message}
    </p>
  ) : null;
}

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
