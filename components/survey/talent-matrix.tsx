/**
 * The talent skill matrix (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.1) as a heat-map table: each cell's shade darkens with the
 * level AND shows the seed's ✓ marks and the number, so it reads in greyscale and to screen readers.
 */
import { MAX_LEVEL, levelText, type TalentMatrix } from "@/lib/survey/talent";
import { ScrollRegion } from "@/components/charts/scroll-region";

export function TalentMatrixTable({ matrix, takeaway }: { matrix: TalentMatrix; takeaway: string }) {
  return (
    <figure className="card chart-figure" id="chart-talent">
      <figcaption>
        <h3 className="chart-title">典型岗位技能矩阵（0–5 级）</h3>
        <p className="chart-takeaway">{takeaway}</p>
      </figcaption>
      <ScrollRegion label="典型岗位技能矩阵（可横向滚动）">
        <table className="data heatmap">
          <caption className="sr-only">典型岗位技能矩阵：行为岗位，列为技能，单元格为要求等级（0–5）</caption>
          <thead>
            <tr>
              <th scope="col">岗位</th>
              {matrix.skills.map((skill) => (
                <th key={skill} scope="col">
                  {skill}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.roles.map((row) => (
              <tr key={row.role}>
                <th scope="row">{row.role}</th>
                {row.levels.map((level, i) => (
                  <td key={matrix.skills[i]} className={`heat heat-${Math.min(MAX_LEVEL, Math.max(0, level ?? 0))}`}>
                    <span className="heat-marks" aria-hidden="true">
                      {level === null ? "—" : level === 0 ? "✗" : "✓".repeat(level)}
                    </span>
                    <span className="heat-level">{level === null ? "未给出" : `${level} 级`}</span>
                    <span className="sr-only">{levelText(level)}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="chart-source small muted">来源：《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.1 典型岗位技能矩阵（✓ 的个数记为等级，✗ 记为 0）</p>
    </figure>
  );
}
