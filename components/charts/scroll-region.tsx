import type { ReactNode } from "react";

/** A horizontally scrollable table wrapper that keyboard users can focus and scroll (axe: scrollable-region-focusable). */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
