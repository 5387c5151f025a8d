/** Field values and diffs as the admin reads them; the preview as the API answers it. */
import { describe, expect, it } from "vitest";
import { exportCsv, previewImport } from "@/lib/survey-files";
import { makeRecord } from "@/tests/support/survey-records";
import { displayValue, recordDiff } from "./display";
import { toPreviewResponse } from "./dto";
import { previewResponseSchema } from "./schemas";

describe("display", () => {
  it("shows labels, 是/否 and lists in Chinese", () => {
    expect(displayValue("district", "binhai")).toBe("滨海新区");
    expect(displayValue("hardXinchuang", false)).toBe("否");
    expect(displayValue("errorCategories", [])).toBeNull();
    expect(displayValue("teamSize", 0)).toBe("0");
    expect(displayValue("note", null)).toBeNull();
  });

  it("diffs an update field by field with Chinese headers; a creation lists its filled fields", () => {
    const before = makeRecord();
    const after = makeRecord({ district: "heping", xinchuang: 0.5, note: "新备注" });
    expect(recordDiff(before, after)).toEqual([
      { field: "district", column: "所在区", before: "河西区", after: "和平区" },
      { field: "xinchuang", column: "信创适配度", before: "0.92", after: "0.5" },
      { field: "note", column: "备注", before: null, after: "新备注" },
    ]);
    const created = recordDiff(null, makeRecord({ note: null }));
    expect(created[0]).toEqual({ field: "code", column: "企业编号", before: null, after: "TJ-01" });
    expect(created.some((diff) => diff.field === "note")).toBe(false);
  });
});

describe("toPreviewResponse", () => {
  it("answers every row with its status, errors by column and changes, valid for the documented schema", async () => {
    const stored = makeRecord();
    const csv = new TextDecoder().decode(exportCsv([makeRecord({ teamSize: 30 }), makeRecord({ code: "TJ-02", xinchuang: 0.5 })]));
    const bytes = new TextEncoder().encode(csv.replace("0.5,", "150%,"));
    const preview = await previewImport(bytes, [stored], { fileName: "x.csv" });
    const response = toPreviewResponse({ fileName: "x.csv", sha256: "ab".repeat(32), preview, fingerprint: "0123456789abcdef" });
    expect(previewResponseSchema.parse(response)).toEqual(response);
    expect(response.counts).toMatchObject({ update: 1, error: 1, total: 2 });
    expect(response.rows[0]).toMatchObject({ row: 2, status: "update", code: "TJ-01", changes: [{ column: "Go 团队人数", before: "24", after: "30" }] });
    // An invalid row still shows the code and name it was read with, so the admin can find it.
    expect(response.rows[1]).toMatchObject({ row: 3, status: "error", code: "TJ-02", label: stored.label });
    expect(response.errors).toEqual([{ row: 3, column: "信创适配度", message: "「150%」超过 100%" }]);
    expect(response.mapping.headers).toHaveLength(27);
  });
});
