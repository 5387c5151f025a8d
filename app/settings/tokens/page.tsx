import type { Metadata } from "next";
import { CreateTokenForm, RevokeTokenButton } from "@/components/sharing/token-forms";
import { formatWhen } from "@/components/result/version-nav";
import { listAccessTokens } from "@/lib/data/tokens";
import { db } from "@/lib/db";
import { requireUserPage } from "@/lib/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "访问令牌" };

const when = (date: Date | null) => (date ? formatWhen(date.toISOString()) : "—");

/** Personal access tokens for pipelines: `Authorization: Bearer …` on the API (README "API"). */
export default async function TokensPage() {
  const user = await requireUserPage("/settings/tokens");
  const tokens = await listAccessTokens(db, user.id);
  const now = new Date();
  return (
    <div className="stack">
      <h1>访问令牌</h1>
      <p className="lead">
        流水线用个人访问令牌调用 API：请求头 <code>Authorization: Bearer tjgo_pat_…</code>。令牌代表你本人，只能访问你有权访问的评估；
        只读令牌不能修改，任何令牌都不能共享或删除评估。令牌只在创建时显示一次，服务器只保存它的摘要。
      </p>
      <CreateTokenForm />
      {tokens.length === 0 ? (
        <p className="muted">还没有令牌。</p>
      ) : (
        <ul className="plain-list stack" aria-label="访问令牌">
          {tokens.map((token) => {
            const state = token.revokedAt
              ? `已撤销（${when(token.revokedAt)}）`
              : token.expiresAt && token.expiresAt <= now
                ? `已过期（${when(token.expiresAt)}）`
                : `有效${token.expiresAt ? `，至 ${when(token.expiresAt)}` : "，不过期"}`;
            return (
              <li key={token.id} className="card row">
                <div style={{ flex: "1 1 18rem" }}>
                  <strong>{token.name}</strong>
                  <div className="small muted">
                    {token.scopes.join(" ")} · {state} · 创建于 {when(token.createdAt)} · 最近使用 {when(token.lastUsedAt)}
                  </div>
                </div>
                {token.revokedAt ? null : <RevokeTokenButton tokenId={token.id} name={token.name} />}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
