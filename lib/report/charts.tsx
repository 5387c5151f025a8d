/**
 * The two charts, drawn as vector graphics with react-pdf's Svg primitives. Labels are ordinary
 * text laid over the drawing (absolute positions), so they use the embedded CJK font and wrap
 * like the rest of the report. Series differ by grey level and dash pattern.
 */
import { formatFactor, formatScore } from "@/lib/assessments/format";
import { FACTOR_LABELS, FACTORS } from "@/lib/domain/catalog";
import { weightSensitivity } from "@/lib/decision";
import { PRUNING_THRESHOLDS } from "@/lib/domain/thresholds";
import type { EvaluateResponse } from "@/lib/validations/evaluate";
import { Circle, G, Line, Polyline, Rect, Svg, Text, View } from "./react-pdf";
import { CONTENT_WIDTH, INK, TYPE } from "./theme";

type Pruning = EvaluateResponse["pruning"];

const label = (left: number, top: number, width: number, align: "left" | "right" | "center" = "left") => ({
  position: "absolute" as const,
  left,
  top,
  width,
  textAlign: align,
  fontSize: TYPE.tiny,
  lineHeight: 1.2,
});

/** Weight × factor per factor (bar on a 0–1 scale, threshold tick), then the stacked total. */
export function ScoreBreakdownChart({ pruning }: { pruning: Pruning }) {
  const labelW = 84;
  const barX = labelW + 6;
  const barW = 290;
  const valueX = barX + barW + 10;
  const rowH = 24;
  const top = 6;
  const rows = FACTORS.length + 1;
  const axisY = top + rows * rowH + 2;
  const height = axisY + 18;
  const x = (v: number) => barX + v * barW;
  const contributions = FACTORS.map((factor) => pruning.weights[factor] * pruning.factors[factor]);
  const offsets = contributions.map((_, i) => contributions.slice(0, i).reduce((sum, c) => sum + c, 0));
  return (
    <View wrap={false} style={{ width: CONTENT_WIDTH, height, position: "relative", marginBottom: 6 }}>
      <Svg width={CONTENT_WIDTH} height={height} style={{ position: "absolute", left: 0, top: 0 }}>
        {[0, 0.25, 0.5, 0.75, 1].map((t) => (
          <Line key={t} x1={x(t)} y1={top} x2={x(t)} y2={axisY} stroke={INK.hairline} strokeWidth={0.5} />
        ))}
        {FACTORS.map((factor, i) => {
          const y = top + i * rowH + 5;
          const f = pruning.factors[factor];
          const w = pruning.weights[factor];
          const threshold = PRUNING_THRESHOLDS[factor];
          return (
            <G key={factor}>
              <Rect x={x(0)} y={y} width={f * barW} height={12} fill={INK.fillStrong} stroke={INK.rule} strokeWidth={0.4} />
              <Rect x={x(0)} y={y + 3} width={w * f * barW} height={6} fill={INK.series[i]} />
              <Line x1={x(threshold)} y1={y - 2} x2={x(threshold)} y2={y + 14} stroke={INK.text} strokeWidth={0.8} strokeDasharray="2 1" />
            </G>
          );
        })}
        {FACTORS.map((factor, i) => (
          <Rect
            key={`total-${factor}`}
            x={x(offsets[i] ?? 0)}
            y={top + FACTORS.length * rowH + 4}
            width={(contributions[i] ?? 0) * barW}
            height={14}
            fill={INK.series[i]}
            stroke="#ffffff"
            strokeWidth={0.6}
          />
        ))}
        <Line x1={x(0)} y1={axisY} x2={x(1)} y2={axisY} stroke={INK.text} strokeWidth={0.6} />
      </Svg>
      {FACTORS.map((factor, i) => (
        <Text key={`l-${factor}`} style={label(0, top + i * rowH + 4, labelW, "right")}>
          {FACTOR_LABELS[factor]}
        </Text>
      ))}
      <Text style={{ ...label(0, top + FACTORS.length * rowH + 5, labelW, "right") }}>得分</Text>
      {FACTORS.map((factor, i) => {
        const w = pruning.weights[factor];
        const f = pruning.factors[factor];
        return (
          <Text key={`v-${factor}`} style={label(valueX, top + i * rowH + 1, CONTENT_WIDTH - valueX)}>
            {`权重 ${formatFactor(w)} × 因子 ${formatFactor(f)} = ${formatScore(w * f)}\n阈值 ${formatFactor(PRUNING_THRESHOLDS[factor])}（虚线）`}
          </Text>
        );
      })}
      <Text style={{ ...label(valueX, top + FACTORS.length * rowH + 6, CONTENT_WIDTH - valueX) }}>
        {`Σ 权重 × 因子 = ${formatScore(pruning.score)}`}
      </Text>
      {[0, 0.25, 0.5, 0.75, 1].map((t) => (
        <Text key={`a-${t}`} style={label(x(t) - 15, axisY + 3, 30, "center")}>
          {t === 0 || t === 1 ? String(t) : t.toFixed(2)}
        </Text>
      ))}
    </View>
  );
}

/** Score as each weight runs 0 → 1, the other two keeping their ratio. */
export function SensitivityChart({ pruning }: { pruning: Pruning }) {
  const sensitivity = weightSensitivity(pruning.factors, pruning.weights, 21);
  const plotX = 34;
  const plotW = 300;
  const plotY = 8;
  const plotH = 150;
  const legendX = plotX + plotW + 16;
  const height = plotY + plotH + 26;
  const lo = Math.max(0, Math.floor((sensitivity.minScore - 0.02) * 20) / 20);
  const hi = Math.min(1, Math.ceil((sensitivity.maxScore + 0.02) * 20) / 20);
  const span = hi - lo || 1;
  const px = (w: number) => plotX + w * plotW;
  const py = (s: number) => plotY + (1 - (s - lo) / span) * plotH;
  const step = span > 0.5 ? 0.1 : 0.05;
  const ticks: number[] = [];
  for (let t = lo; t <= hi + 1e-9; t += step) ticks.push(Math.round(t * 100) / 100);
  return (
    <View wrap={false} style={{ width: CONTENT_WIDTH, height, position: "relative", marginBottom: 6 }}>
      <Svg width={CONTENT_WIDTH} height={height} style={{ position: "absolute", left: 0, top: 0 }}>
        <Rect x={plotX} y={plotY} width={plotW} height={plotH} fill="#ffffff" stroke={INK.text} strokeWidth={0.6} />
        {ticks.map((t) => (
          <Line key={`y${t}`} x1={plotX} y1={py(t)} x2={plotX + plotW} y2={py(t)} stroke={INK.hairline} strokeWidth={0.5} />
        ))}
        {[0.25, 0.5, 0.75].map((t) => (
          <Line key={`x${t}`} x1={px(t)} y1={plotY} x2={px(t)} y2={plotY + plotH} stroke={INK.hairline} strokeWidth={0.5} />
        ))}
        {sensitivity.series.map((series, i) => (
          <Polyline
            key={series.factor}
            points={series.points.map((p) => `${px(p.weight).toFixed(2)},${py(p.score).toFixed(2)}`).join(" ")}
            fill="none"
            stroke={INK.series[i]}
            strokeWidth={1.4}
            strokeDasharray={INK.dashes[i]}
          />
        ))}
        {FACTORS.map((factor, i) => (
          <Circle key={`m-${factor}`} cx={px(pruning.weights[factor])} cy={py(pruning.score)} r={2.6} fill="#ffffff" stroke={INK.series[i]} strokeWidth={1.2} />
        ))}
        {FACTORS.map((factor, i) => (
          <Line key={`lg-${factor}`} x1={legendX} y1={plotY + 8 + i * 16} x2={legendX + 22} y2={plotY + 8 + i * 16} stroke={INK.series[i]} strokeWidth={1.4} strokeDasharray={INK.dashes[i]} />
        ))}
      </Svg>
      {ticks.map((t) => (
        <Text key={`yt${t}`} style={label(0, py(t) - 4, plotX - 4, "right")}>
          {t.toFixed(2)}
        </Text>
      ))}
      {[0, 0.25, 0.5, 0.75, 1].map((t) => (
        <Text key={`xt${t}`} style={label(px(t) - 15, plotY + plotH + 3, 30, "center")}>
          {t === 0 || t === 1 ? String(t) : t.toFixed(2)}
        </Text>
      ))}
      <Text style={label(plotX, plotY + plotH + 13, plotW, "center")}>该因子的权重</Text>
      {FACTORS.map((factor, i) => (
        <Text key={`lt-${factor}`} style={label(legendX + 28, plotY + 3 + i * 16, CONTENT_WIDTH - legendX - 28)}>
          {`${FACTOR_LABELS[factor]}（当前 ${formatFactor(pruning.weights[factor])}）`}
        </Text>
      ))}
      <Text style={label(legendX, plotY + 56, CONTENT_WIDTH - legendX)}>
        {`○ 当前权重下的得分 ${formatScore(pruning.score)}\n得分范围 ${formatScore(sensitivity.minScore)} – ${formatScore(sensitivity.maxScore)}`}
      </Text>
    </View>
  );
}
