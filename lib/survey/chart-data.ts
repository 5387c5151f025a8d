/**
 * The plain, serialisable shape every bar chart receives (server → client component), and the
 * numbers that fix its size before hydration so nothing shifts.
 */

export interface ChartRow {
  category: string;
  /** One value per series; null = unknown (drawn as an empty bar with its text). */
  values: (number | null)[];
  /** What is written at the end of each bar and in the data table, e.g. "86%（32/37）". */
  texts: string[];
  /** Per-bar fill style (0 = solid dark, 1 = hatched light, 2 = dotted mid) for one-series charts. */
  style?: number;
}

export interface BarChartData {
  series: string[];
  rows: ChartRow[];
  /** Unit of the value axis ("%", "家", "ms"…). */
  unit: string;
  /** Upper end of the value axis; default: from the data. */
  max?: number;
  reference?: { value: number; label: string };
}

/** A chart with what a reader needs around it: title, a one-line takeaway and the source. */
export interface ChartSpec {
  id: string;
  title: string;
  takeaway: string;
  source: string;
  data: BarChartData;
}

/** Room above each bar group for its category label (drawn above the bars, not on an axis). */
export const ROW_GAP = 32;
export const BAR_SIZE = 20;
export const BAR_GAP = 2;
const AXIS_HEIGHT = 32;

/** Fixed pixel height of a chart (horizontal bars): known on the server, so no layout shift. */
export function chartHeight(data: Pick<BarChartData, "rows" | "series">): number {
  const perRow = data.series.length * (BAR_SIZE + BAR_GAP) + ROW_GAP;
  return Math.max(100, AXIS_HEIGHT + data.rows.length * perRow);
}

/** Right margin that fits the longest end-of-bar text. */
export function valueLabelWidth(rows: readonly ChartRow[]): number {
  const longest = Math.max(0, ...rows.flatMap((row) => row.texts.map(textWidth)));
  return Math.min(160, longest + 12);
}

/** Approximate rendered width at 12 px: CJK glyphs ~12 px, Latin ~7 px. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\uffff]/.test(char) ? 12 : 7;
  return width;
}

export function oneSeries(
  name: string,
  items: readonly { category: string; value: number | null; text: string; style?: number }[],
  unit: string,
  extra: Pick<BarChartData, "max" | "reference"> = {},
): BarChartData {
  return {
    series: [name],
    rows: items.map(({ category, value, text, style }) => ({
      category,
      values: [value],
      texts: [text],
      ...(style === undefined ? {} : { style }),
    })),
    unit,
    ...extra,
  };
}

/**
 * The one known value of a one-series chart whose other rows are unknown (a startup time only one
 * sidecar reports): a single bar says nothing a number would not, so it is shown as a figure.
 */
export function singleKnownValue(data: Pick<BarChartData, "rows" | "series">): ChartRow | null {
  if (data.series.length !== 1) return null;
  const known = data.rows.filter((row) => row.values[0] !== null && row.values[0] !== undefined);
  return known.length === 1 ? known[0]! : null;
}
