import type { Metadata } from "next";
import Link from "next/link";
import { ImportWizard } from "@/components/admin/import/import-wizard";
import { db } from "@/lib/db";
import { requireAdminPage } from "@/lib/session";
import { listColumnMappings } from "@/lib/survey-import";

export const metadata: Metadata = { title: "导入调研数据" };
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  await requireAdminPage("/admin/import");
  const mappings = await listColumnMappings(db);
  return (
    <div className="stack">
      <p className="small">
        <Link href="/admin">管理</Link> / 导入调研数据
      </p>
      <h1>导入调研数据</h1>
      <p className="lead">上传文件 → 逐行校验与预览 → 提交（一个事务，全部或全不）→ 在“导入批次”中审计或一键回滚。</p>
      <p className="row small">
        <a href="/api/v1/admin/survey/export?format=csv" download>
          下载当前数据（CSV，可作模板）
        </a>
        <a href="/api/v1/admin/survey/export?format=xlsx" download>
          下载当前数据（XLSX）
        </a>
        <Link href="/admin/batches">导入批次与回滚</Link>
      </p>
      <ImportWizard savedMappings={mappings.map((mapping) => mapping.name)} />
    </div>
  );
}
