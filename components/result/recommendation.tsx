import { DECISION_LABELS, SYNC_MODE_LABELS, TIER_LABELS } from "@/lib/domain/catalog";
import { Term } from "@/components/term";
import { decisionExplanation } from "@/lib/assessments/explain";
import { formatDuration, formatScore } from "@/lib/assessments/format";
import type { EvaluateResponse } from "@/lib/validations/evaluate";

const DECISION_BADGE = { automated: "ok", "manual-review": "info", defer: "warn" } as const;

/** The four answers an architect defends in a review, first and in plain language. */
export function Recommendation({ result }: { result: EvaluateResponse }) {
  const { architecture, combination, rootNode, pruning } = result;
  const stack = combination.stack;
  return (
    <section aria-labelledby="recommendation-title" className="stack">
      <h2 id="recommendation-title">推荐结论</h2>
      <div className="recommendation-grid">
        <article className="card rec-card" aria-labelledby="rec-architecture">
          <h3 id="rec-architecture">架构类型</h3>
          <p className="rec-value" data-testid="rec-architecture">
            {architecture.profile.name}
          </p>
          <p className="small">{architecture.reason}</p>
          <p className="small muted">
            代表企业 {architecture.profile.exampleEnterprise} · Go {architecture.profile.goFloor}+ · 信创适配约 {architecture.profile.adaptationDays} 人日
          </p>
        </article>
        <article className="card rec-card" aria-labelledby="rec-combination">
          <h3 id="rec-combination">技术栈组合</h3>
          <p className="rec-value" data-testid="rec-combination">
            #{stack.id} {stack.name}
          </p>
          <dl className="kv small">
            <dt>运行时</dt>
            <dd>{stack.runtime}</dd>
            <dt>存储</dt>
            <dd>{stack.storage}</dd>
            <dt>协同</dt>
            <dd>{stack.coordination}</dd>
          </dl>
          <p className="small muted">
            {stack.origin === "article" ? `原文给出（${stack.seedSection}）` : `本产品补全${stack.seedSection ? `，依据 ${stack.seedSection}` : ""}`}
          </p>
        </article>
        <article className="card rec-card" aria-labelledby="rec-continuity">
          <h3 id="rec-continuity">业务连续性（{TIER_LABELS[rootNode.tier]}）</h3>
          <dl className="continuity">
            <div>
              <dt>
                <Term id="rto-rpo">RTO</Term>
              </dt>
              <dd data-testid="rec-rto">{formatDuration(rootNode.rtoMaxSeconds)}</dd>
            </div>
            <div>
              <dt>
                <Term id="rto-rpo">RPO</Term>
              </dt>
              <dd data-testid="rec-rpo">{formatDuration(rootNode.rpoMaxSeconds)}</dd>
            </div>
          </dl>
          <p className="rec-sync" data-testid="rec-sync">
            {SYNC_MODE_LABELS[rootNode.syncMode]}
          </p>
          <p className="small muted">RTO、RPO 为上限（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1）</p>
        </article>
        <article className="card rec-card" aria-labelledby="rec-decision">
          <h3 id="rec-decision">
            <Term id="decision">存量系统裁剪</Term>
          </h3>
          <p className="rec-value">
            <span className={`badge ${DECISION_BADGE[pruning.decision]} decision-badge`} data-testid="rec-decision">
              {DECISION_LABELS[pruning.decision]}
            </span>
          </p>
          <p className="small">{decisionExplanation(pruning)}</p>
          <p className="small muted">裁剪得分 {formatScore(pruning.score)}（仅供参考，决策由阈值决定）</p>
        </article>
      </div>
    </section>
  );
}

