import type { Metadata } from "next";
import { KnowledgeCardSection } from "@/components/knowledge/knowledge-card";
import { getKnowledgeCards } from "@/lib/data/reference";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "知识卡片" };

export default async function KnowledgePage() {
  const cards = await getKnowledgeCards(db);
  return (
    <div className="stack">
      <h1>知识卡片</h1>
      <p className="lead">
        评估结果涉及跨境链路、Go 1.22 调度器、边缘内存上限或终端设备时会链接到这里。数据来自资料《Go 语言微服务跨国通信协议选型》、《Go 语言以后的发展趋势》、《Go 1.22 新特性对大厂存量系统的影响评估》、《服务网格演进与轻量级 Sidecar 的必要性》；原文截断或未给出的数值标为“原文未给出/截断”，不做推测。
      </p>
      <nav aria-label="卡片目录" className="toc">
        <ul className="row plain-list">
          {cards.map((card) => (
            <li key={card.id}>
              <a href={`#${card.id}`}>{card.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {cards.map((card) => (
        <KnowledgeCardSection key={card.id} card={card} />
      ))}
    </div>
  );
}
