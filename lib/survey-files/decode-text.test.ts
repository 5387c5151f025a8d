/**
 * No encoding path answers 500: UTF-16 with a BOM (Excel's "Unicode text", tab-separated) is
 * read in both byte orders; broken UTF-16, UTF-32 and a UTF-8 BOM followed by invalid bytes are
 * a 400 `unknown-encoding` that says where; arbitrary bytes never escape as a non-AppError.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { ImportFileError } from "./file-errors";
import { parseUpload } from "./parse-upload";

const TEXT = "企业编号\t企业名称\t所在区\r\nTJ-01\t天津银行\t滨海新区\r\nTJ-02\t中汽研\t西青区\r\n";

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  for (let index = 0; index + 1 < le.length; index += 2) [le[index], le[index + 1]] = [le[index + 1]!, le[index]!];
  return le;
}

const bytes = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((part) => [...part]));

async function fileError(promise: Promise<unknown>): Promise<ImportFileError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

describe("UTF-16 with a byte order mark", () => {
  it("reads FF FE (little endian) with tabs as Excel's Unicode text", async () => {
    const parsed = await parseUpload(bytes([0xff, 0xfe], Buffer.from(TEXT, "utf16le")));
    expect(parsed).toMatchObject({ format: "csv", encoding: "utf-16le", headers: ["企业编号", "企业名称", "所在区"], dataLines: 2 });
    expect(parsed.rows[1]?.cells).toEqual({ 企业编号: "TJ-02", 企业名称: "中汽研", 所在区: "西青区" });
  });

  it("reads FE FF (big endian)", async () => {
    const parsed = await parseUpload(bytes([0xfe, 0xff], utf16be(TEXT)));
    expect(parsed).toMatchObject({ encoding: "utf-16be", dataLines: 2 });
    expect(parsed.rows[0]?.cells["企业名称"]).toBe("天津银行");
  });

  it("refuses UTF-16 with an odd number of bytes or a lone surrogate as unknown-encoding", async () => {
    const odd = await fileError(parseUpload(bytes([0xff, 0xfe], Buffer.from("企业编号", "utf16le"), [0x41])));
    expect(odd).toMatchObject({ code: "unknown-encoding", status: 400 });
    expect(odd.message).toContain("UTF-16");
    const surrogate = await fileError(parseUpload(bytes([0xfe, 0xff], [0xd8, 0x00, 0x00, 0x41])));
    expect(surrogate.code).toBe("unknown-encoding");
  });

  it("refuses UTF-32 (FF FE 00 00) by name", async () => {
    const error = await fileError(parseUpload(bytes([0xff, 0xfe, 0, 0], [0x41, 0, 0, 0])));
    expect(error.code).toBe("unknown-encoding");
    expect(error.message).toContain("UTF-32");
  });
});

describe("a UTF-8 byte order mark followed by invalid bytes", () => {
  it("is a 400 unknown-encoding naming the line, not a 500", async () => {
    const file = bytes([0xef, 0xbb, 0xbf], Buffer.from("企业编号,企业名称\r\nTJ-01,甲\r\nTJ-02,"), [0xc4, 0xe3], Buffer.from("\r\n"));
    const error = await fileError(parseUpload(file));
    expect(error).toMatchObject({ code: "unknown-encoding", status: 400 });
    expect(error.message).toContain("第 3 行");
  });
});

describe("any bytes", () => {
  it("either read or refused with an AppError, never another exception", async () => {
    const prefixes = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04]];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.uint8Array({ minLength: 0, maxLength: 300 }), async (prefix, body) => {
        const outcome = await parseUpload(bytes(prefix, body)).then(() => null, (error: unknown) => error);
        if (outcome !== null && !isAppError(outcome)) throw outcome;
      }),
      { numRuns: 300 },
    );
  });
});
