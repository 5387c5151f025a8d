import { describe, expect, it } from "vitest";
import { reportCacheKey, renderReportPdfCached } from "./cache";
import { sampleReportInput } from "./sample";

describe("report cache", () => {
  const input = sampleReportInput(process.cwd());

  it("returns the same bytes for the same input without rendering twice", async () => {
    const first = renderReportPdfCached(input);
    expect(renderReportPdfCached({ ...input })).toBe(first);
    expect((await first).byteLength).toBeGreaterThan(10_000);
  });

  it("keys on the whole input, so changed peers or versions render anew", () => {
    expect(reportCacheKey({ ...input, version: input.version + 1 })).not.toBe(reportCacheKey(input));
    expect(reportCacheKey({ ...input, peers: input.peers.slice(1) })).not.toBe(reportCacheKey(input));
  });
});
