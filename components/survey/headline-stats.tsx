/** The five headline shares as stat cards: whole percent, respondents, and the seed's figure. */
import { percentText, respondentsText, wholePercent } from "@/lib/survey/format";
import type { SurveySummary } from "@/lib/survey/schemas";

export function HeadlineStats({ summary }: { summary: SurveySummary }) {
  const national = summary.nationalAverage;
  return (
    <ul className="grid stat-grid" aria-label="调研要点">
      {summary.headlines.map((h) => {
        const whole = wholePercent(h);
        return (
          <li key={h.key} className="card">
            <div className="stat">{percentText(h)}</div>
            <div className="stat-label">{h.label}</div>
            <div className="small muted">
              {respondentsText(h)}
              {h.key === "topCriterionLocalOps" && national ? ` · 全国均值 ${national.percent}%` : ""}
            </div>
            <div className="small muted">
              原文 {h.seedPercent}%（{h.source}）
              {whole !== null && whole !== h.seedPercent ? (
                <span className="badge warn">导入数据后与原文不同</span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
