/**
 * The two charts, drawn as vector graphics with react-pdf's Svg primitives. Labels are ordinary
 * text laid over the drawing (absolute positions), so they use the embedded CJK font and wrap
 * like the rest of the report. Series differ by grey level and dash pattern.
 */
import { formatFactor, formatScore } from "@/lib/assessments/format";
import { FACTOR_SHORT_LABELS, FACTORS } from "@/lib/domain/catalog";
import { PRUNING_THRESHOLDS } from "@/lib/domain/thresholds";
import type { EvaluateResponse } from "@/lib/validations/evaluate";
import { G, Line, Rect, Svg, Text, View } from "./react-pdf";
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
          {FACTOR_SHORT_LABELS[factor]}
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

