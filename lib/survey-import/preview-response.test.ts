/**
 * The preview answer is bounded by the rows to import, not by the errors: a 100k-row file where
 * every row is wrong (four bad cells each) lists the first rows' errors, counts all of them, and
 * answers in well under a megabyte (it was 141 MB when every message was sent).
 */
import { describe, expect, it } from "vitest";
import { MAX_LISTED_ROW_ERRORS } from "@/lib/survey-files/limits";
import { planFingerprint, previewImport } from "@/lib/survey-files";
import { toPreviewResponse } from "./dto";
import { previewResponseSchema } from "./schemas";

const ROWS = 100_000;

function allWrong(): Uint8Array {
  const lines = ["企业编号,企业名称,所在区,行业,架构类型,选型结果"];
  for (let index = 0; index < ROWS; index++) lines.push(`TJ-${100_000 + index},企业${index},火星区,采矿,未知型,未定`);
  return new TextEncoder().encode(lines.join("\n"));
}

describe("toPreviewResponse for a file where every row is wrong", () => {
  it("lists the first errors, counts all of them by column, and stays small", async () => {
    const preview = await previewImport(allWrong(), []);
    const response = toPreviewResponse({ fileName: "错表.csv", sha256: "ab".repeat(32), preview, fingerprint: planFingerprint(preview.plan) });
    expect(previewResponseSchema.parse(response)).toEqual(response);

    expect(response).toMatchObject({ rowCount: ROWS, dataLines: ROWS, canCommit: false, counts: { error: ROWS, total: ROWS } });
    expect(response.errorSummary).toEqual({
      total: 4 * ROWS,
      listed: MAX_LISTED_ROW_ERRORS,
      rows: ROWS,
      listedRows: MAX_LISTED_ROW_ERRORS / 4,
      byColumn: expect.arrayContaining([{ column: "所在区", count: ROWS }, { column: "选型结果", count: ROWS }]),
    });
    expect(response.errors).toHaveLength(MAX_LISTED_ROW_ERRORS);
    expect(response.errors[0]).toMatchObject({ row: 2, column: "所在区" });
    expect(response.rows.map((row) => row.row)).toEqual(Array.from({ length: MAX_LISTED_ROW_ERRORS / 4 }, (_, index) => index + 2));
    expect(JSON.stringify(response).length).toBeLessThan(512 * 1024);
  });
});
