/**
 * The guard behind "every data line is accounted for": should a reader ever produce fewer rows than
 * the data lines it counted, the preview says so and cannot be committed. (The readers themselves
 * keep the two equal; the reader is replaced here to break that.)
 */
import { describe, expect, it, vi } from "vitest";
import { makeRecord } from "@/tests/support/survey-records";
import { fileMessages } from "./file-messages";
import { EXPORT_HEADERS, recordToCells } from "./serialize";
import type { ParsedUpload } from "./types";

vi.mock("./parse-upload", () => ({
  parseUpload: async (): Promise<ParsedUpload> => {
    const cells = Object.fromEntries(recordToCells(makeRecord()).map((cell, index) => [EXPORT_HEADERS[index]!, cell]));
    return { format: "csv", encoding: "utf-8", headers: [...EXPORT_HEADERS], rows: [{ rowNumber: 2, cells }], dataLines: 2 };
  },
}));

const { previewImport } = await import("./file-preview");

describe("previewImport when data lines and rows read differ", () => {
  it("reports the mismatch as a file error and refuses the commit", async () => {
    const preview = await previewImport(new Uint8Array([0x41]), []);
    expect(preview.file).toMatchObject({ dataLines: 2, rowCount: 1 });
    expect(preview.plan.counts).toMatchObject({ new: 1, error: 0 });
    expect(preview.fileErrors).toEqual([fileMessages.lineCountMismatch(2, 1)]);
    expect(preview.canCommit).toBe(false);
  });
});
