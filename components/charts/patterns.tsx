/**
 * Fills that survive greyscale printing: a solid dark fill, a light fill with dark diagonal
 * hatching, and a mid fill with dots — told apart by lightness and texture, not by hue.
 */
export const INK = "#0b4f8a";
export const TEXT = "#1a1d21";
export const MUTED = "#4d5561";

export function fillFor(prefix: string, style: number): string {
  if (style % 3 === 0) return INK;
  return `url(#${prefix}-${style % 3 === 1 ? "hatch" : "dots"})`;
}

/** Pattern definitions; a zero-size SVG (not display:none, which would disable the patterns). */
export function ChartPatterns({ prefix }: { prefix: string }) {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: "absolute" }}>
      <defs>
        <pattern id={`${prefix}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#dbe6f2" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={INK} strokeWidth="2.2" />
        </pattern>
        <pattern id={`${prefix}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="5" height="5" fill="#9fb8d3" />
          <circle cx="2.5" cy="2.5" r="1.2" fill={TEXT} />
        </pattern>
      </defs>
    </svg>
  );
}

/** A legend swatch drawn with the same fill as the bars. */
export function Swatch({ prefix, style }: { prefix: string; style: number }) {
  return (
    <svg width="18" height="12" aria-hidden="true" focusable="false" className="swatch">
      <rect x="0.5" y="0.5" width="17" height="11" fill={fillFor(prefix, style)} stroke={INK} />
    </svg>
  );
}
