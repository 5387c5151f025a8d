import type { DiffRow } from "@/lib/assessments/diff";

/** Old and new side by side; changed rows first in weight, unchanged ones folded away. */
export function DiffTable({ caption, rows, from, to }: { caption: string; rows: DiffRow[]; from: number; to: number }) {
  const changed = rows.filter((r) => r.changed);
  const same = rows.filter((r) => !r.changed);
  return (
    <div className="stack">
      {changed.length === 0 ? (
        <p className="muted">没有变化。</p>
      ) : (
        <div className="table-scroll">
          <table className="data diff">
            <caption className="sr-only">{caption}：有变化的项</caption>
            <thead>
              <tr>
                <th scope="col">项目</th>
                <th scope="col">第 {from} 版</th>
                <th scope="col">第 {to} 版</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((r) => (
                <tr key={r.key} data-testid={`diff-${r.key}`}>
                  <th scope="row">{r.label}</th>
                  <td>
                    <del>{r.from}</del>
                  </td>
                  <td>
                    <ins>{r.to}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {same.length > 0 ? (
        <details>
          <summary>未变化的 {same.length} 项</summary>
          <dl className="kv small">
            {same.map((r) => (
              <div key={r.key} className="kv-row">
                <dt>{r.label}</dt>
                <dd>{r.from}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </div>
  );
}
