/**
 * A chart with everything around it: a caption (title + one-line takeaway) that names the figure,
 * the source, and the same numbers as a table for screen readers and print (house rule: a chart
 * receives plain data and never fetches).
 */
import { singleKnownValue, type ChartSpec } from "@/lib/survey/chart-data";
import { HorizontalBarChart } from "./bar-chart";
import { ScrollRegion } from "./scroll-region";

export function ChartDataTable({ spec }: { spec: ChartSpec }) {
  return (
    <table className="data">
      <caption className="sr-only">{spec.title}</caption>
      <thead>
        <tr>
          <th scope="col">类别</th>
          {spec.data.series.map((name) => (
            <th key={name} scope="col" className="num">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {spec.data.rows.map((row) => (
          <tr key={row.category}>
            <th scope="row">{row.category}</th>
            {row.texts.map((text, i) => (
              <td key={i} className="num">
                {text}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ChartFigure({ spec, headingLevel = 3 }: { spec: ChartSpec; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const single = singleKnownValue(spec.data);
  return (
    <figure className="card chart-figure" id={`chart-${spec.id}`}>
      <figcaption>
        <Heading className="chart-title">{spec.title}</Heading>
        <p className="chart-takeaway">{spec.takeaway}</p>
      </figcaption>
      {single ? (
        <p className="stat-figure" data-testid={`figure-${spec.id}`}>
          <span className="stat-value">{single.texts[0]}</span>
          <span className="stat-label">{single.category}</span>
        </p>
      ) : (
        <HorizontalBarChart data={spec.data} label={`${spec.title}。${spec.takeaway}`} />
      )}
      <p className="chart-source small muted">来源：{spec.source}</p>
      <details className="chart-data">
        <summary>查看数据表</summary>
        <ScrollRegion label={`${spec.title}：数据表（可横向滚动）`}>
          <ChartDataTable spec={spec} />
        </ScrollRegion>
      </details>
    </figure>
  );
}
