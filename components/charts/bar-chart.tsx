"use client";
/**
 * Horizontal bar chart for plain data (lib/survey/chart-data.ts). Category labels sit above
 * their bars so bars get the full width at 375 px; each bar ends with its value text, and an
 * unknown value is written where its bar would start (never drawn as a number). The height is
 * fixed from the data, so hydration shifts nothing. The wrapper is role="img" with a label; the
 * enclosing figure carries the caption and the data table.
 */
import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from "recharts";
import { BAR_GAP, BAR_SIZE, chartHeight, valueLabelWidth, type BarChartData } from "@/lib/survey/chart-data";
import { ChartPatterns, INK, MUTED, Swatch, TEXT, fillFor } from "./patterns";

const LEFT = 14;
const MISSING_FILL = "#8a5300";

/** Draws a category's label above its bar group, and the text of any unknown value. */
function categoryTick(data: BarChartData, props: { y?: number | string; index?: number }) {
  const row = data.rows[props.index ?? -1];
  if (!row) return <g />;
  const n = data.series.length;
  const top = Number(props.y ?? 0) - (n * BAR_SIZE + (n - 1) * BAR_GAP) / 2;
  return (
    <g>
      <text x={LEFT} y={top - 6} fontSize={12} fill={TEXT}>
        {row.category}
      </text>
      {row.values.map((value, i) =>
        value === null ? (
          <text key={i} x={LEFT + 4} y={top + i * (BAR_SIZE + BAR_GAP) + BAR_SIZE / 2 + 4} fontSize={12} fill={MISSING_FILL} fontStyle="italic">
            {row.texts[i]}
          </text>
        ) : null,
      )}
    </g>
  );
}

export function HorizontalBarChart({ data, label }: { data: BarChartData; label: string }) {
  const prefix = `p${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const height = chartHeight(data);
  const rows = data.rows.map((row) => ({
    category: row.category,
    ...Object.fromEntries(row.values.map((v, i) => [`v${i}`, v ?? 0])),
    ...Object.fromEntries(row.texts.map((t, i) => [`t${i}`, row.values[i] === null ? "" : t])),
  }));
  const perBarStyle = data.series.length === 1 && data.rows.some((r) => r.style !== undefined);
  return (
    <div className="bar-chart">
      <div role="img" aria-label={label} style={{ height }} className="chart-canvas">
        <ChartPatterns prefix={prefix} />
        <BarChart
          layout="vertical"
          data={rows}
          responsive
          style={{ width: "100%", height }}
          accessibilityLayer={false}
          margin={{ top: 18, right: valueLabelWidth(data.rows), bottom: 0, left: LEFT }}
          barGap={BAR_GAP}
        >
          <CartesianGrid horizontal={false} stroke="#d5d9e0" />
          <XAxis
            type="number"
            domain={[0, data.max ?? "auto"]}
            allowDecimals={false}
            tick={{ fontSize: 12, fill: MUTED }}
            unit={data.unit === "%" ? "%" : undefined}
            height={24}
          />
          <YAxis
            type="category"
            dataKey="category"
            width={1} // recharts skips an axis of width 0, and its ticks with it
            axisLine={false}
            tickLine={false}
            interval={0}
            tick={(props: { y?: number | string; index?: number }) => categoryTick(data, props)}
          />
          {data.series.map((name, i) => (
            <Bar key={name} dataKey={`v${i}`} name={name} fill={fillFor(prefix, i)} stroke={INK} barSize={BAR_SIZE} isAnimationActive={false}>
              {perBarStyle ? data.rows.map((row, j) => <Cell key={j} fill={fillFor(prefix, row.style ?? 0)} />) : null}
              <LabelList dataKey={`t${i}`} position="right" fontSize={12} fill={TEXT} />
            </Bar>
          ))}
          {data.reference ? (
            <ReferenceLine
              x={data.reference.value}
              stroke="#a1121b"
              strokeDasharray="6 3"
              strokeWidth={2}
              label={{ value: data.reference.label, position: "insideTopRight", fontSize: 11, fill: "#a1121b" }}
            />
          ) : null}
        </BarChart>
      </div>
      {data.series.length > 1 ? (
        <ul className="chart-legend" aria-hidden="true">
          {data.series.map((name, i) => (
            <li key={name}>
              <Swatch prefix={prefix} style={i} /> {name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
