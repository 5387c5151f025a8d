import Link from "next/link";
import type { EvaluateResponse } from "@/lib/validations/evaluate";

export function Bottleneck({ profile }: { profile: EvaluateResponse["architecture"]["profile"] }) {
  return (
    <section aria-labelledby="bottleneck-title">
      <h2 id="bottleneck-title">典型瓶颈与缓解</h2>
      <div className="card">
        <p>
          <strong>{profile.name}的典型瓶颈：</strong>
          {profile.bottleneck}
          {profile.bottleneckFigure ? `（${profile.bottleneckFigure}）` : null}
        </p>
        {profile.bottleneckFigure === null ? <p className="small muted">{profile.notes ?? "原文没有给出该瓶颈的量化数据。"}</p> : null}
        <p className="small muted">瓶颈出处：{profile.seedSection}</p>
        <p>
          <span className="badge info">本产品建议</span> <strong>缓解：</strong>
          {profile.mitigation}
        </p>
        <p className="small muted">缓解措施是本产品的建议，不出自原文。</p>
      </div>
    </section>
  );
}

export function KnowledgeCards({ cards }: { cards: EvaluateResponse["knowledgeCards"] }) {
  return (
    <section aria-labelledby="knowledge-title">
      <h2 id="knowledge-title">相关知识卡片</h2>
      {cards.length === 0 ? (
        <p className="muted">本次推荐没有触及跨境协议、调度器、Sidecar 或 TinyGo 等专题。</p>
      ) : (
        <div className="grid">
          {cards.map(({ card, reason, advice }) => (
            <article key={card.id} className="card" aria-labelledby={`card-${card.id}`} data-testid={`knowledge-${card.id}`}>
              <h3 id={`card-${card.id}`}>
                <Link href={`/knowledge#${card.id}`}>{card.title}</Link>
              </h3>
              <p className="small">
                <span className="badge info">为何相关</span> {reason}
              </p>
              <ul className="small">
                {advice.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p className="small muted">
                出处：{card.seedSection}（<Link href={`/sources#source-${card.article}`}>关于这篇文章</Link>）
              </p>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
