import Link from "next/link";
import { getSurveySnapshot } from "@/lib/data/survey-snapshot";
import { db } from "@/lib/db";
import type { Share } from "@/lib/survey/aggregates";
import { formatWhen } from "@/components/result/version-nav";
import { resultPath } from "@/lib/assessments/id";
import { listAssessments } from "@/lib/data/assessments";
import { getCurrentUser } from "@/lib/session";

const RECENT = 5;
import { respondentsText } from "@/lib/survey/format";

export const dynamic = "force-dynamic";

/** `of`: how the count reads — among respondents (the default) or among all enterprises. */
function Stat({ label, share, note, of = "respondents" }: { label: string; share: Share; note?: string; of?: "respondents" | "enterprises" }) {
  const count = of === "respondents" ? respondentsText(share) : `${share.denominator} 家企业中 ${share.numerator} 家`;
  return (
    <div className="card">
      <div className="stat">{share.percent === null ? "—" : `${Math.round(share.percent)}%`}</div>
      <div className="stat-label">{label}</div>
      <div className="small muted">
        {count}
        {note ? ` · ${note}` : ""}
      </div>
    </div>
  );
}

export default async function HomePage() {
  const [{ headlines, summary }, user] = await Promise.all([getSurveySnapshot(db), getCurrentUser()]);
  const recent = user ? (await listAssessments(db, user.id)).slice(0, RECENT) : [];
  const national = summary.nationalAverage;
  return (
    <div className="stack">
      <h1>天津 Go 技术栈选型决策</h1>
      <p className="lead">
        面向信创环境（飞腾/鲲鹏 ARM64、麒麟/统信/openEuler、SM2/SM3/SM4）的可解释选型：回答一份问卷，得到架构类型、技术栈组合、RTO/RPO
        与同步方式、存量系统裁剪方式，以及每一步的规则依据。
      </p>
      <div className="row">
        <Link className="btn" href="/assess">
          开始评估
        </Link>
        <Link className="btn secondary" href="/insights">
          查看调研洞察
        </Link>
      </div>
      {user ? (
        <section aria-labelledby="recent-h" className="stack">
          <h2 id="recent-h">最近的评估</h2>
          {recent.length === 0 ? (
            <p className="muted">还没有评估：点“开始评估”创建第一份。</p>
          ) : (
            <ul className="plain-list" aria-label="最近的评估">
              {recent.map((item) => (
                <li key={item.id}>
                  <Link href={resultPath(item.id)}>{item.systemName || "（未命名系统）"}</Link>
                  <span className="small muted">
                    {" "}
                    · {item.latestStatus === "submitted" ? "已提交" : "草稿"} · 更新于 {formatWhen(item.updatedAt.toISOString())}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href="/my">全部评估 →</Link>
          </p>
        </section>
      ) : null}
      <h2>调研要点（{headlines.enterprises} 家天津 Go 企业）</h2>
      <div className="grid">
        <Stat
          label="将“本地化运维响应时效”列为首要指标"
          share={headlines.topCriterionLocalOps}
          note={national ? `全国均值 ${national.percent}%` : undefined}
        />
        <Stat label="以“信创适配深度”为刚性约束" share={headlines.hardXinchuang} />
        <Stat label="以“津产硬件兼容性”为刚性约束" share={headlines.hardTjHardware} />
        <Stat label="历史选型反例" share={headlines.counterExamples} of="enterprises" />
      </div>
      <p className="small muted">数据来源：《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章汇总指标；逐家记录为据此重构的记录，并非原始问卷。</p>
    </div>
  );
}
