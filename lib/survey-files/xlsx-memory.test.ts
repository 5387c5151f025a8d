/**
 * The process doing a preview survives the worst workbooks: a child process previews each bomb
 * (tests/support/child-preview.ts) and reports how far its peak RSS rose and how long the refusal
 * took. Without the bounds, the reported 6 MB → 509 MB file killed the server (heap out of
 * memory) and a 2.7 MB one added 730 MB.
 */
import { describe, expect, it } from "vitest";
import { previewInChild } from "@/tests/support/child-preview";
import { lyingZipBomb, zipBomb } from "@/tests/support/xlsx-files";

describe("previewing a zip bomb in its own process", () => {
  it.each([
    ["declares its 500 MB sheet", zipBomb],
    ["claims 2 MB and inflates to 500 MB", lyingZipBomb],
  ])("refuses a workbook that %s within seconds, the process growing by < 200 MB", async (_, build) => {
    const report = await previewInChild(await build(), "bomb.xlsx");
    console.info(JSON.stringify(report));
    expect(report.code).toBe("file-too-complex");
    expect(report.ms).toBeLessThan(5_000);
    expect(report.rssGrowthMb).toBeLessThan(200);
  }, 90_000);
});
