/** Who the CLI acts as: `--as EMAIL` must be an enabled admin; without it, the only enabled admin. */
import type { Tx } from "./sql";

export type ActorLookup = { ok: true; id: string; email: string } | { ok: false; message: string };

export async function resolveAdmin(client: Tx, email?: string): Promise<ActorLookup> {
  if (email) {
    const user = await client.user.findUnique({ where: { email: email.trim().toLowerCase() } });
    if (!user) return { ok: false, message: `找不到用户 ${email}` };
    if (user.role !== "admin") return { ok: false, message: `${user.email} 不是管理员` };
    if (user.disabled) return { ok: false, message: `${user.email} 已停用` };
    return { ok: true, id: user.id, email: user.email };
  }
  const admins = await client.user.findMany({ where: { role: "admin", disabled: false }, orderBy: { email: "asc" } });
  if (admins.length === 1) return { ok: true, id: admins[0]!.id, email: admins[0]!.email };
  if (admins.length === 0) return { ok: false, message: "数据库中没有可用的管理员账号（请先运行 npm run db:seed）" };
  return { ok: false, message: `有 ${admins.length} 个管理员，请用 --as 指定其中之一：${admins.map((admin) => admin.email).join("、")}` };
}
