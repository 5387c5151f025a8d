/**
 * The seven stack combinations by deployment density × consistency (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.3), each marked
 * "原文" (from the article) or "补全" (completed here, with its basis) — in words, not colour only.
 */
import { ARCHITECTURE_TYPE_LABELS } from "@/lib/domain/catalog";
import { ScrollRegion } from "@/components/charts/scroll-region";
import { ORIGIN_LABELS } from "@/lib/survey/combinations";
import type { CombinationMatrix, CombinationOverview } from "@/lib/survey/schemas";

function OriginBadge({ origin }: { origin: CombinationOverview["origin"] }) {
  return <span className={`badge ${origin === "article" ? "info" : "warn"}`}>{ORIGIN_LABELS[origin]}</span>;
}

export function CombinationMatrixTable({ matrix, items }: { matrix: CombinationMatrix; items: CombinationOverview[] }) {
  const byId = new Map(items.map((c) => [c.id, c]));
  return (
    <div className="stack">
      <ScrollRegion label="技术栈组合矩阵（可横向滚动）">
        <table className="data matrix-table">
          <caption className="sr-only">技术栈组合：行为部署密度，列为一致性要求</caption>
          <thead>
            <tr>
              <th scope="col">部署密度 \ 一致性</th>
              {matrix.consistencies.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.densities.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.label}</th>
                {matrix.consistencies.map((c) => {
                  const ids = matrix.cells.find((cell) => cell.density === d.key && cell.consistency === c.key)?.combinationIds ?? [];
                  return (
                    <td key={c.key} className={ids.length === 0 ? "matrix-empty" : undefined}>
                      {ids.length === 0 ? (
                        <span className="muted">无对应组合</span>
                      ) : (
                        <ul className="plain-list">
                          {ids.map((cid) => {
                            const combo = byId.get(cid);
                            return (
                              <li key={cid}>
                                <a href={`#combination-${cid}`}>
                                  #{cid} {combo?.name}
                                </a>{" "}
                                {combo ? <OriginBadge origin={combo.origin} /> : null}
                              </li>
                            );
                          })}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ol className="grid combination-list">
        {items.map((c) => (
          <li key={c.id} id={`combination-${c.id}`} className="card">
            <h3 className="profile-title">
              #{c.id} {c.name} <OriginBadge origin={c.origin} />
            </h3>
            <dl className="facts">
              <div>
                <dt>运行时 / 存储 / 协同</dt>
                <dd>
                  {c.runtime} · {c.storage} · {c.coordination}
                </dd>
              </div>
              <div>
                <dt>典型场景</dt>
                <dd>{c.scene}</dd>
              </div>
              <div>
                <dt>调研企业历史使用</dt>
                <dd>
                  {c.usage.enterprises === 0
                    ? "无"
                    : `${c.usage.enterprises} 家（反例 ${c.usage.counterExamples}）：${c.architectureTypes.map((t) => ARCHITECTURE_TYPE_LABELS[t]).join("、")}`}
                </dd>
              </div>
            </dl>
            <details>
              <summary>{c.origin === "article" ? "原文出处" : "补全依据"}</summary>
              <p className="small">
                {c.basis}
                {c.seedSection ? `（${c.seedSection}）` : ""}
              </p>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
