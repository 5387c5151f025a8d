import { getSurveySnapshot } from "@/lib/data/survey-snapshot";
import type { Metadata } from "next";
import Link from "next/link";
import { EnterpriseTable } from "@/components/survey/enterprise-table";
import { ReconstructedNotice } from "@/components/survey/reconstructed-notice";
import { enterpriseFacets, findEnterprisePage } from "@/lib/data/enterprise-query";
import { db } from "@/lib/db";
import { pageParamsObject, parseEnterpriseView } from "@/lib/survey/enterprise-filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "调研企业记录" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** One page of the records, in the view the URL names (filters, search, sort, page, columns). */
export default async function EnterprisesPage({ searchParams }: Props) {
  const parsed = parseEnterpriseView(pageParamsObject(await searchParams));
  const problems = [...parsed.problems];
  let view = parsed.view;
  const [firstTry, facets, { summary }] = await Promise.all([findEnterprisePage(db, view), enterpriseFacets(db), getSurveySnapshot(db)]);
  let page = firstTry;
  if (page.page > page.pages) {
    // an old link after an import shrank the list, or a hand-edited URL: show the last page
    problems.push(`第 ${view.page} 页不存在，已显示最后一页（第 ${page.pages} 页）`);
    view = { ...view, page: page.pages };
    page = await findEnterprisePage(db, view);
  }
  return (
    <div className="stack">
      <p className="small">
        <Link href="/insights">← 调研洞察</Link>
      </p>
      <h1>调研企业记录</h1>
      <ReconstructedNotice total={summary.enterprises} reconstructed={summary.reconstructed} />
      {problems.length > 0 ? (
        <div className="alert warn" role="alert">
          <p>链接中的部分参数无效，已按默认值显示：</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="small muted">
        点击列标题排序；用搜索和下拉框筛选；“+”展开一家企业的全部字段。当前视图记录在网址中，可收藏或分享。导出的 CSV / XLSX
        为当前筛选结果的全部记录（不限于本页，按当前显示的列与排序），CSV 为 UTF-8 编码，可直接用 Excel 打开。
      </p>
      <EnterpriseTable view={view} page={page} facets={facets} />
    </div>
  );
}
