import {
  ARCHITECTURE_TYPE_LABELS,
  DECISION_LABELS,
  DISTRICT_LABELS,
  INDUSTRY_LABELS,
  OUTCOME_LABELS,
  ERROR_CATEGORY_LABELS,
} from "@/lib/domain/catalog";
import { ScrollRegion } from "@/components/charts/scroll-region";
import type { PeerSelection } from "@/lib/assessments/peers";

/** Surveyed enterprises like this system, and how their selections turned out. */
export function PeersTable({ selection, architectureName, industryLabel }: { selection: PeerSelection; architectureName: string; industryLabel: string }) {
  return (
    <section aria-labelledby="peers-title">
      <h2 id="peers-title">同类企业的选型结果</h2>
      <p className="muted">
        调研中与本系统同为「{architectureName}」或同属「{industryLabel}」行业的企业：共 {selection.total} 家，其中历史选型反例 {selection.counterExamples} 家
        {selection.total > selection.peers.length ? `（列出最接近的 ${selection.peers.length} 家）` : ""}。
      </p>
      <p className="alert small">
        这些是依据《Golang 天津技术栈选型决策树（2024 京津冀版）》汇总指标<strong>重构的记录</strong>，并非原始问卷；所在区只作对照，从不参与决策。
      </p>
      {selection.peers.length === 0 ? (
        <p className="muted">调研中没有同类企业。</p>
      ) : (
        <ScrollRegion label="同类调研企业（可横向滚动）">
          <table className="data peers">
            <caption className="sr-only">同类调研企业</caption>
            <thead>
              <tr>
                <th scope="col">企业</th>
                <th scope="col">相似之处</th>
                <th scope="col">历史裁剪决策</th>
                <th scope="col">技术栈组合</th>
                <th scope="col">结果</th>
              </tr>
            </thead>
            <tbody>
              {selection.peers.map(({ record, sameArchitecture, sameIndustry, sameDistrict }) => (
                <tr key={record.code}>
                  <th scope="row">
                    {record.label}
                    <span className="small muted"> {record.code}</span>
                  </th>
                  <td className="small">
                    {[
                      sameArchitecture ? ARCHITECTURE_TYPE_LABELS[record.architectureType] : null,
                      sameIndustry ? INDUSTRY_LABELS[record.industry] : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                    <br />
                    <span className="muted">
                      {DISTRICT_LABELS[record.district]}
                      {sameDistrict ? "（同区）" : ""}
                    </span>
                  </td>
                  <td className="small">{record.historicalDecision ? DECISION_LABELS[record.historicalDecision] : "—"}</td>
                  <td className="small">{record.historicalCombination ? `#${record.historicalCombination}` : "—"}</td>
                  <td className="small">
                    <span className={`badge ${record.outcome === "success" ? "ok" : "bad"}`}>{OUTCOME_LABELS[record.outcome]}</span>
                    {record.errorCategories.length > 0 ? (
                      <span className="muted"> {record.errorCategories.map((c) => ERROR_CATEGORY_LABELS[c]).join("；")}</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
