import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/charts/scroll-region";
import type { Provenance } from "@/lib/decision/normalizers/origin";
import { OriginBadge } from "./origin-badge";

export interface ScoreRow extends Provenance {
  key: string;
  label: ReactNode;
  /** What the row contributes: a score, a factor, a weight, or a sentence (crypto). */
  value: ReactNode;
}

// Narrow screens (375 px): the value and the origin mark never break mid-word; the reason wraps.
const NO_WRAP = { whiteSpace: "nowrap" } as const;
const LABEL_CELL = { minWidth: "7.5em" } as const;

/**
 * One normalizer table: each row's value, its origin (原文 / 本产品补全) and why. Long reasons
 * wrap; the region scrolls sideways on narrow screens rather than squeezing the numbers.
 */
export function ScoreTable({ caption, valueHeader, rows }: { caption: string; valueHeader: string; rows: readonly ScoreRow[] }) {
  return (
    <ScrollRegion label={`${caption}（可横向滚动）`}>
      <table className="data method-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">取值与来源</th>
            <th scope="col" className="num" style={NO_WRAP}>
              {valueHeader}
            </th>
            <th scope="col">依据</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" style={LABEL_CELL}>
                {row.label}
                <br />
                <OriginBadge origin={row.origin} seedSection={row.seedSection} />
              </th>
              <td className="num" style={NO_WRAP}>
                {row.value}
              </td>
              <td className="small">{row.basis}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Two decimals, as the article writes factors; null → 不计分. */
export function formatScore(value: number | null): string {
  return value === null ? "不计分" : value.toFixed(2);
}
