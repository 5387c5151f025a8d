/** Measured figures of the two Tianjin cloud nodes (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.2); nulls stated, never guessed. */
import { cloudNodeTable, type CloudNodeRecord } from "@/lib/survey/cloud-nodes";
import { ScrollRegion } from "@/components/charts/scroll-region";

export function CloudNodesTable({ nodes }: { nodes: CloudNodeRecord[] }) {
  const rows = cloudNodeTable(nodes);
  return (
    <div className="card">
      <ScrollRegion label="天津云节点实测（可横向滚动）">
        <table className="data">
          <caption className="chart-title">天津云节点实测（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.2）</caption>
          <thead>
            <tr>
              <th scope="col">指标</th>
              {nodes.map((n) => (
                <th key={n.id} scope="col" className="num">
                  {n.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td key={nodes[i]!.id} className={cell.missing ? "num missing" : "num"}>
                    {cell.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ul className="small muted">
        {nodes.map((n) => (
          <li key={n.id}>
            <strong>{n.name}</strong>：{[n.connectNote, n.notes].filter(Boolean).join("；")}
          </li>
        ))}
      </ul>
    </div>
  );
}
