/**
 * Page geometry, type scale and colours. Every colour is a grey or reads as a distinct grey when
 * printed in black and white: charts tell series apart by lightness and dash pattern, not hue.
 */
import { CODE_FONT, FONT_FAMILY } from "./fonts";
import type { Style } from "./react-pdf";

export const PAGE = {
  size: "A4" as const,
  width: 595.28,
  height: 841.89,
  marginX: 48,
  marginTop: 64,
  marginBottom: 56,
};
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const INK = {
  text: "#111111",
  body: "#262626",
  muted: "#555555",
  faint: "#8a8a8a",
  rule: "#b5b5b5",
  hairline: "#d6d6d6",
  fill: "#f1f1f1",
  fillStrong: "#e2e2e2",
  /** Chart series: dark, mid, light — distinct in greyscale. */
  series: ["#1a1a1a", "#6b6b6b", "#a8a8a8"] as const,
  /** Dash patterns that go with the series (solid, dashed, dotted). */
  dashes: [undefined, "4 2", "1.2 1.6"] as const,
};

export const TYPE = {
  body: 9.5,
  small: 8,
  tiny: 7,
  h1: 15,
  h2: 11.5,
};

/**
 * OpenType features off for the whole report. Chinese text uses none of them (Noto's `locl`
 * and `ccmp` do nothing for Simplified Chinese; `kern` and `liga` touch only Latin pairs), and
 * fontkit's shaping runs about 3.5× faster without them — text shaping was a third of the time
 * a report took to lay out.
 */
const NO_OPENTYPE_FEATURES = Object.fromEntries(
  ["ccmp", "locl", "rlig", "mark", "mkmk", "calt", "clig", "liga", "rclt", "curs", "kern"].map((tag) => [tag, false]),
);

export const styles: Record<string, Style> = {
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: TYPE.body,
    // No lineHeight here or on anything that holds a page-number callback: react-pdf re-resolves
    // styles when it re-lays out dynamic text, multiplies a unitless lineHeight by the font size
    // a second time, and the text silently disappears. Noto's own line height (~1.45) is used.
    color: INK.body,
    fontFeatureSettings: NO_OPENTYPE_FEATURES,
    paddingTop: PAGE.marginTop,
    paddingBottom: PAGE.marginBottom,
    paddingHorizontal: PAGE.marginX,
  },
  header: {
    position: "absolute",
    top: 26,
    left: PAGE.marginX,
    right: PAGE.marginX,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: TYPE.small,
    color: INK.muted,
    borderBottomWidth: 0.6,
    borderBottomColor: INK.rule,
    paddingBottom: 3,
  },
  footer: {
    position: "absolute",
    bottom: 24,
    left: PAGE.marginX,
    right: PAGE.marginX,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: TYPE.tiny,
    color: INK.faint,
    borderTopWidth: 0.6,
    borderTopColor: INK.hairline,
    paddingTop: 3,
  },
  h1: {
    fontSize: TYPE.h1,
    marginTop: 4,
    marginBottom: 10,
    paddingBottom: 4,
    lineHeight: 1.3,
    color: "#000000",
    borderBottomWidth: 1.2,
    borderBottomColor: INK.text,
  },
  h2: { fontSize: TYPE.h2, marginTop: 10, marginBottom: 5, lineHeight: 1.3, color: "#000000" },
  paragraph: { marginBottom: 5 },
  note: { fontSize: TYPE.small, color: INK.muted, marginBottom: 5 },
  /** One weight only (see fonts.ts): emphasis is pure black on dark-grey body text. */
  strong: { color: "#000000" },
  code: { fontFamily: [CODE_FONT, FONT_FAMILY], fontSize: TYPE.small, lineHeight: 1.4 },
  bulletRow: { flexDirection: "row", marginBottom: 2 },
  bullet: { width: 12 },
  bulletText: { flex: 1 },
  table: { marginBottom: 8, borderTopWidth: 0.8, borderTopColor: INK.text },
  tableHeader: {
    flexDirection: "row",
    backgroundColor: INK.fillStrong,
    borderBottomWidth: 0.6,
    borderBottomColor: INK.text,
    fontSize: TYPE.small,
  },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.4, borderBottomColor: INK.hairline, fontSize: TYPE.small },
  cell: { paddingVertical: 3, paddingHorizontal: 4 },
  box: { backgroundColor: INK.fill, padding: 8, marginBottom: 8, borderLeftWidth: 2.5, borderLeftColor: INK.text },
};
