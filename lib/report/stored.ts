/**
 * Reports are rendered once and kept. Typesetting a report takes about half a second on these
 * machines (README "Performance"); a stored one is a lookup. The server renders each submitted
 * version right after sending its result page, so the architect's download is normally a
 * lookup, and a download that finds nothing stored renders, stores and serves in one go.
 *
 * The key is a hash of the renderer (renderer-id.ts) and of the whole input: a new version, a
 * survey import that changes the peers or a new build of the report code each make a new key.
 * Where reports are kept is the caller's choice (`ReportStore`: the database in the app).
 */
import { createHash } from "node:crypto";
import { renderReportPdf } from "./render";
import { rendererId } from "./renderer-id";
import type { ReportInput } from "./types";

export interface ReportStore {
  find(key: string): Promise<Uint8Array | null>;
  /** Keeps a render; must not throw (a report that cannot be stored is still served). */
  save(input: ReportInput, render: { key: string; pdf: Uint8Array; renderMs: number }): Promise<void>;
}

export interface ServedReport {
  pdf: Uint8Array;
  /** "stored": found under its key; "rendered": typeset for this call (and stored). */
  source: "stored" | "rendered";
  /** Time spent typesetting, 0 for a stored report. */
  renderMs: number;
}

export function reportKey(input: ReportInput, renderer = rendererId()): string {
  return createHash("sha256").update(renderer).update("\0").update(JSON.stringify(input)).digest("hex");
}

/** Renders in progress, so concurrent requests for the same report typeset it once. */
const inFlight = new Map<string, Promise<ServedReport>>();

export async function servedReport(input: ReportInput, store: ReportStore, render = renderReportPdf): Promise<ServedReport> {
  const key = reportKey(input);
  const stored = await store.find(key);
  if (stored) return { pdf: stored, source: "stored", renderMs: 0 };
  let rendering = inFlight.get(key);
  if (!rendering) {
    rendering = (async () => {
      const start = performance.now();
      const pdf = await render(input);
      const renderMs = Math.round(performance.now() - start);
      await store.save(input, { key, pdf, renderMs });
      return { pdf, source: "rendered" as const, renderMs };
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, rendering);
  }
  return rendering;
}
