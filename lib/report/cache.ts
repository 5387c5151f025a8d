/**
 * Rendered reports, kept per process. A report is deterministic for its input (lib/report is
 * byte-stable), so the key is a hash of the input itself: a survey import that changes the peers,
 * or a new assessment version, makes a new key. Typesetting a full report takes ~0.5 s on these
 * machines (README "Performance"); a repeated download costs only the hash.
 */
import { createHash } from "node:crypto";
import { renderReportPdf } from "./render";
import type { ReportInput } from "./types";

const MAX_ENTRIES = 64; // ~250 KB each → ≤ 16 MB

const cache = new Map<string, Promise<Uint8Array>>();

export function reportCacheKey(input: ReportInput): string {
  return createHash("sha256").update(JSON.stringify(input)).digest("hex");
}

export function renderReportPdfCached(input: ReportInput): Promise<Uint8Array> {
  const key = reportCacheKey(input);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // refresh recency
    cache.set(key, hit);
    return hit;
  }
  const rendering = renderReportPdf(input).catch((error: unknown) => {
    cache.delete(key);
    throw error;
  });
  cache.set(key, rendering);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return rendering;
}
