import type { Metadata } from "next";
import Link from "next/link";
import { getAdminCounts } from "@/lib/data/admin";
import { db } from "@/lib/db";
import { requireAdminPage } from "@/lib/session";

export const metadata: Metadata = { title: "管理" };

export default async function AdminPage() {
  await requireAdminPage("/admin");
  const { enterprises, batches, users } = await getAdminCounts(db);
  return (
    <div className="stack">
      <h1>管理</h1>
      <div className="grid">
        <Link className="card" href="/admin/import">
          <div className="stat">{enterprises}</div>
          <div className="stat-label">调研企业记录 · 导入数据</div>
        </Link>
        <Link className="card" href="/admin/batches">
          <div className="stat">{batches}</div>
          <div className="stat-label">导入批次 · 审计与回滚</div>
        </Link>
        <Link className="card" href="/admin/users">
          <div className="stat">{users}</div>
          <div className="stat-label">用户 · 新建、邀请、停用、重置密码、自助注册开关</div>
        </Link>
        <Link className="card" href="/admin/teams">
          <div className="stat">团队</div>
          <div className="stat-label">团队 · 新建、改名、删除，管理成员</div>
        </Link>
      </div>
    </div>
  );
}
