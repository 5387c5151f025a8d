import type { Metadata } from "next";
import Link from "next/link";
import { OriginBadge } from "@/components/method/origin-badge";
import { formatScore, ScoreTable } from "@/components/method/score-table";
import { WorkedExample } from "@/components/method/worked-example";
import { normalizerTables } from "@/lib/decision/normalizers";
import { GLOSSARY } from "@/lib/domain/glossary";

export const metadata: Metadata = { title: "方法与评分表" };

/**
 * How the three pruning factors are computed, with every table the normalizers use and where each
 * figure comes from. Built from the same constants the engine runs (lib/decision/normalizers), so
 * the page cannot drift from the scores; it reads no database and needs no network.
 */
export default function MethodPage() {
  const t = normalizerTables();
  const { xinchuang, goProficiency, couplingInverse, examples } = t;
  return (
    <div className="stack">
      <h1>方法与评分表</h1>
      <p className="lead">
        问卷里的事实如何换算成三个裁剪因子，以及裁剪决策用到的门槛与权重。原文为{t.source.title}。每一行都标明来源：
        <OriginBadge origin="article" seedSection="§4.2" /> 这类标记表示原文给出的数值及其章节，
        <OriginBadge origin="product" seedSection={null} /> 表示本产品的取法，“依据”一栏写明理由。
      </p>
      <p className="alert warn">{t.notice}</p>
      <nav aria-label="本页目录" className="toc">
        <ul className="row plain-list">
          <li><a href="#decision">门槛与权重</a></li>
          <li><a href="#xinchuang">信创适配度</a></li>
          <li><a href="#go">Go 熟练度</a></li>
          <li><a href="#coupling">耦合度倒数</a></li>
          <li><a href="#records">调研记录的换算</a></li>
          <li><a href="#glossary">术语表</a></li>
        </ul>
      </nav>

      <section id="glossary" className="stack" aria-labelledby="glossary-title">
        <h2 id="glossary-title">术语表</h2>
        <p className="small muted">决策里用到的词，先说白话，再说它在本产品里具体怎么算。正式名称沿用原文。</p>
        <dl className="glossary">
          {GLOSSARY.map((entry) => (
            <div key={entry.id} id={`term-${entry.id}`} className="card">
              <dt>
                <strong>{entry.term}</strong>（{entry.plain}）
              </dt>
              <dd>{entry.meaning}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section id="decision" className="stack" aria-labelledby="decision-title">
        <h2 id="decision-title">门槛与权重</h2>
        <p>
          信创适配度低于 0.70 → 暂缓裁剪；否则 Go 熟练度 ≥ 0.75 且耦合度倒数 ≥ 0.60 → 自动化裁剪流水线；其余 → 人工协同评审。边界含等号（0.70、0.75、0.60 都算通过）。
          裁剪得分 = 0.40 × 信创适配度 + 0.35 × Go 熟练度 + 0.25 × 耦合度倒数，评估可以改权重（非负、和为 1）。
        </p>
        <ScoreTable
          caption="裁剪门槛"
          valueHeader="门槛"
          rows={t.thresholds.map((row) => ({ ...row, key: row.factor, value: `≥ ${row.value.toFixed(2)}` }))}
        />
        <ScoreTable
          caption="默认权重"
          valueHeader="权重"
          rows={t.weights.map((row) => ({ ...row, key: row.factor, value: row.value.toFixed(2) }))}
        />
      </section>

      <section id="xinchuang" className="stack" aria-labelledby="xinchuang-title">
        <h2 id="xinchuang-title">信创适配度</h2>
        <p>
          <strong>计算：</strong>
          {xinchuang.rule}。
        </p>
        <WorkedExample {...examples.xinchuang} />
        <h3>操作系统</h3>
        <ScoreTable caption="操作系统分" valueHeader="分值" rows={xinchuang.os.map((row) => ({ ...row, value: formatScore(row.value) }))} />
        <h3>数据库</h3>
        <p className="small muted">
          GoldenDB、TDSQL、GBase、神通、瀚高是本产品补入的信创数据库，原文未提及，分值是本产品的取法；以前这些用户只能选 MySQL 或 PostgreSQL，会被算成暂缓裁剪。
        </p>
        <ScoreTable caption="数据库分" valueHeader="分值" rows={xinchuang.database.map((row) => ({ ...row, value: formatScore(row.value) }))} />
        <h3>CPU</h3>
        <ScoreTable caption="CPU 系数" valueHeader="系数" rows={xinchuang.cpu.map((row) => ({ ...row, value: `× ${row.value.toFixed(2)}` }))} />
        <h3>国密要求</h3>
        <p>
          国密要求<strong>不计入</strong>信创适配度，而是单独的显式检查。早先的版本对 SM2/SM3/SM4 目标乘以 1.02，使原文自己的示例（麒麟 V10 + 达梦）在问卷里变成
          0.94 而不是原文的 0.92；原文 §4.2 的规则只看操作系统与数据库，没有国密加分的依据，因此去掉了这个系数。
        </p>
        <ScoreTable
          caption="国密要求如何处理"
          valueHeader="分值"
          rows={xinchuang.crypto.map((row) => ({ ...row, value: "不计分", basis: `${row.check}。${row.basis}` }))}
        />
      </section>

      <section id="go" className="stack" aria-labelledby="go-title">
        <h2 id="go-title">Go 熟练度</h2>
        <p>
          <strong>计算：</strong>
          {goProficiency.rule}。
        </p>
        <WorkedExample {...examples.goProficiency} />
        <ScoreTable
          caption="近半年交付的 Go 服务数 → 查表值"
          valueHeader="查表值"
          rows={[
            ...goProficiency.servicesShipped.map((row) => ({
              ...row,
              key: String(row.services),
              label: row.orMore ? `${row.services} 个及以上` : `${row.services} 个`,
              value: row.value.toFixed(2),
            })),
            {
              ...goProficiency.levelAdjustment,
              key: "levels",
              label: "团队级别调整",
              value: `± ${goProficiency.levelAdjustment.max.toFixed(2)}`,
            },
            {
              ...goProficiency.range,
              key: "range",
              label: "取值范围",
              value: `${goProficiency.range.min.toFixed(2)}–${goProficiency.range.max.toFixed(2)}`,
            },
          ]}
        />
      </section>

      <section id="coupling" className="stack" aria-labelledby="coupling-title">
        <h2 id="coupling-title">耦合度倒数</h2>
        <p>
          <strong>计算：</strong>
          {couplingInverse.rule}。
        </p>
        <WorkedExample {...examples.couplingInverse} />
        <ScoreTable
          caption="依赖类型 → 每个扣分"
          valueHeader="每个扣分"
          rows={[
            ...couplingInverse.weights.map((row) => ({ ...row, key: row.kind, value: `− ${row.weight.toFixed(2)}` })),
            { ...couplingInverse.floor, key: "floor", label: "下限", value: couplingInverse.floor.value.toFixed(2) },
          ]}
        />
      </section>

      <section id="records" className="stack" aria-labelledby="records-title">
        <h2 id="records-title">调研记录的换算</h2>
        <p>
          原文只发布了 37 家企业的汇总比例，没有逐家记录；本站的 37 条记录是按这些比例重构的（每条都标为重构记录）。记录里的信创适配度与 Go
          熟练度都由本页的表从记录自身的操作系统、CPU 与近半年交付数算出；记录没有数据库一栏，每条记录的备注写明重构时假设的数据库和完整算式，可以逐条手算核对。
          记录没有依赖清单，耦合度倒数只保证是上表能算出的值。原文点名的成功案例保留原文对它们的描述，反例一律用匿名名称。
        </p>
        <p className="small">
          同样的表以 JSON 提供：<code>GET /api/v1/normalizers</code>（每行带来源 <code>origin</code>：<code>article</code> 原文，<code>product</code> 本产品补全）。
        </p>
        <p>
          <Link href="/insights/enterprises">查看调研记录</Link>
        </p>
      </section>
    </div>
  );
}
