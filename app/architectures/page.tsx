import type { Metadata } from "next";
import { ArchitecturePicker } from "@/components/architectures/architecture-picker";
import { CombinationMatrixTable } from "@/components/architectures/combination-matrix";
import { getSurveySnapshot } from "@/lib/data/survey-snapshot";
import { db } from "@/lib/db";
import { Term } from "@/components/term";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "架构对比" };

export default async function ArchitecturesPage() {
  const { architectures: profiles, combinations } = await getSurveySnapshot(db);
  return (
    <div className="stack">
      <h1>五类典型架构与技术栈组合</h1>
      <p className="lead">
        天津 Go 企业调研中的五类架构（《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章），以及叶子节点的七种技术栈组合（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.3）。勾选 2–5 种架构并排对比。
      </p>
      <section aria-labelledby="profiles-h" className="stack">
        <h2 id="profiles-h" className="sr-only">
          五类架构
        </h2>
        <ArchitecturePicker profiles={profiles} headingLevel={3} />
      </section>
      <section aria-labelledby="combos-h" className="stack">
        <h2 id="combos-h">
          技术栈组合：<Term id="density">部署密度</Term> × <Term id="consistency">一致性</Term>
        </h2>
        <p className="small muted">
          原文只给出组合 #1、#4、#7（标“原文给出”）；其余四种由本产品依据原文案例补全（标“本产品补全”，展开可见依据）。“调研企业历史使用”来自重构记录。
        </p>
        <CombinationMatrixTable matrix={combinations.matrix} items={combinations.items} />
      </section>
    </div>
  );
}
