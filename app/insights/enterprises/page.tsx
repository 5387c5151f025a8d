import type { Metadata } from "next";
import Link from "next/link";
import { EnterpriseTable } from "@/components/survey/enterprise-table";
import { ReconstructedNotice } from "@/components/survey/reconstructed-notice";
import { getEnterprises } from "@/lib/data/survey";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "调研企业记录" };

export default async function EnterprisesPage() {
  const records = await getEnterprises(db);
  return (
    <div className="stack">
      <p className="small">
        <Link href="/insights">← 调研洞察</Link>
      </p>
      <h1>调研企业记录</h1>
      <ReconstructedNotice count={records.length} />
      <p className="small muted">
        点击列标题排序；用搜索和下拉框筛选；“+”展开一家企业的全部字段。导出的 CSV 为当前筛选结果（全部分页、当前显示的列与排序），UTF-8
        编码，可直接用 Excel 打开。
      </p>
      <EnterpriseTable records={records} />
    </div>
  );
}
