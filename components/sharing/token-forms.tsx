"use client";

import { useActionState } from "react";
import { createToken, revokeToken } from "@/app/settings/tokens/actions";
import { Status } from "@/components/form-status";

export function CreateTokenForm() {
  const [state, action, pending] = useActionState(createToken, null);
  return (
    <form action={action} className="card stack">
      <h2 style={{ marginTop: 0 }}>新建访问令牌</h2>
      <div className="field">
        <label htmlFor="token-name">名称</label>
        <input id="token-name" type="text" name="name" required maxLength={60} placeholder="如：CI 流水线" />
      </div>
      <div className="field">
        <label htmlFor="token-scope">权限</label>
        <select id="token-scope" name="scope" defaultValue="read">
          <option value="read">只读（assessments:read）</option>
          <option value="write">读写（assessments:read + assessments:write：创建、保存、提交）</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="token-days">有效期（天，留空表示不过期）</label>
        <input id="token-days" type="text" name="expiresInDays" inputMode="numeric" pattern="[0-9]*" maxLength={3} defaultValue="90" />
      </div>
      <Status state={state} />
      {state?.ok ? (
        <div className="field">
          <label htmlFor="new-token">令牌（只显示这一次）</label>
          <input id="new-token" type="text" readOnly value={state.token} data-testid="new-token" onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <button className="btn" type="submit" disabled={pending}>
        {pending ? "正在创建…" : "创建令牌"}
      </button>
    </form>
  );
}

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, action, pending] = useActionState(revokeToken, null);
  return (
    <form action={action}>
      <input type="hidden" name="tokenId" value={tokenId} />
      <button className="btn secondary" type="submit" disabled={pending} aria-label={`撤销令牌「${name}」`}>
        撤销
      </button>
      <Status state={state} />
    </form>
  );
}
