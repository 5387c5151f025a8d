import Link from "next/link";
import { getEnterprises, getReferenceFigure } from "@/lib/data/survey";
import { db } from "@/lib/db";
import { surveyHeadlines, type Share } from "@/lib/survey/aggregates";
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
  const [records, national] = await Promise.all([
    getEnterprises(db),
    getReferenceFigure(db, "national-top-criterion-local-ops"),
  ]);
  const headlines = surveyHeadlines(records);
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
      <h2>调研要点（{headlines.enterprises} 家天津 Go 企业）</h2>
      <div className="grid">
        <Stat
          label="将“本地化运维响应时效”列为首要指标"
          share={headlines.topCriterionLocalOps}
          note={national ? `全国均值 ${national.value}%` : undefined}
        />
        <Stat label="以“信创适配深度”为刚性约束" share={headlines.hardXinchuang} />
        <Stat label="以“津产硬件兼容性”为刚性约束" share={headlines.hardTjHardware} />
        <Stat label="历史选型反例" share={headlines.counterExamples} of="enterprises" />
      </div>
      <p className="small muted">数据来源：seed 001 第一章汇总指标；逐家记录为据此重构的记录，并非原始问卷。</p>
    </div>
  );
}
