import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { notFound } from "next/navigation";
import { DiffTable } from "@/components/result/diff-table";
import { defaultComparison, diffAnswers, diffRecommendations } from "@/lib/assessments/diff";
import { comparePath, resultPath } from "@/lib/assessments/id";
import { getAssessment } from "@/lib/data/assessments";
import { db } from "@/lib/db";
import { pageAccess } from "@/lib/http/assessment-access";
import { logAccess } from "@/lib/data/access";
import { versionParamSchema } from "@/lib/validations/version";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "版本对比", robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const asVersion = (raw: string | string[] | undefined) => versionParamSchema.safeParse(raw).data;

export default async function ComparePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const { access, requester } = await pageAccess(id, `/assessments/${id}/compare`);
  await logAccess(db, access, requester, "view", "版本对比");
  const latest = await getAssessment(db, id, "latest");
  if (!latest) notFound();
  const submitted = latest.versions.filter((v) => v.status === "submitted").map((v) => v.version);
  const fallback = defaultComparison(submitted);
  const from = asVersion(query.from) ?? fallback?.from;
  const to = asVersion(query.to) ?? fallback?.to;
  const title = latest.systemName || "（未命名系统）";

  if (from === undefined || to === undefined) {
    return (
      <div className="stack">
        <h1>版本对比：{title}</h1>
        <div className="card empty-state">
          <p>至少需要两个已提交的版本才能对比。修改答案并重新提交评估后即可在此对比。</p>
          <Link className="btn" href={resultPath(id)}>
            返回结果
          </Link>
        </div>
      </div>
    );
  }
  const [a, b] = await Promise.all([getAssessment(db, id, from), getAssessment(db, id, to)]);
  if (!a || !b) notFound();
  const resultA = a.current.result;
  const resultB = b.current.result;
  const inputs = diffAnswers(a.current.answers, b.current.answers);
  const changedInputs = inputs.filter((r) => r.changed).length;

  return (
    <div className="stack">
      <p className="small muted">
        <Link href={resultPath(id)}>← 返回结果</Link>
      </p>
      <h1>版本对比：{title}</h1>
      <form className="row compare-form" method="get" action={`/assessments/${id}/compare`}>
        {([["from", "从", from], ["to", "到", to]] as const).map(([name, label, chosen]) => (
          <Fragment key={name}>
            <label htmlFor={`compare-${name}`}>{label}</label>
            <select id={`compare-${name}`} name={name} defaultValue={String(chosen)}>
              {latest.versions.map((v) => (
                <option key={v.version} value={v.version}>
                  第 {v.version} 版{v.status === "draft" ? "（草稿）" : ""}
                </option>
              ))}
            </select>
          </Fragment>
        ))}
        <button className="btn secondary" type="submit">
          对比
        </button>
      </form>
      <section aria-labelledby="diff-recommendation">
        <h2 id="diff-recommendation">推荐结论的变化</h2>
        {resultA && resultB ? (
          <DiffTable caption="推荐结论" rows={diffRecommendations(resultA, resultB)} from={from} to={to} />
        ) : (
          <p className="muted">其中一个版本是草稿，没有推荐结论可对比。</p>
        )}
      </section>
      <section aria-labelledby="diff-inputs">
        <h2 id="diff-inputs">答案的变化（{changedInputs} 项）</h2>
        <DiffTable caption="问卷答案" rows={inputs} from={from} to={to} />
      </section>
      <p className="small muted">
        <Link href={resultPath(id, from)}>查看第 {from} 版结果</Link> · <Link href={resultPath(id, to)}>查看第 {to} 版结果</Link> ·{" "}
        <Link href={comparePath(id, to, from)}>交换顺序</Link>
      </p>
    </div>
  );
}
