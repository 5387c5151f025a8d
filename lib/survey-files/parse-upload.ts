/**
 * Entry point for reading an uploaded file. The format comes from the bytes, not the name: admins
 * rename files, and Excel happily saves CSV under ".xlsx". Size is checked before anything else so
 * an oversized upload costs nothing.
 */
import { decodeText } from "./decode-text";
import { ImportFileError } from "./file-errors";
import { fileMessages } from "./file-messages";
import { MAX_UPLOAD_BYTES } from "./limits";
import { parseCsv } from "./parse-csv";
import { jsonToUpload, tryParseJson } from "./parse-json";
import { parseXlsx } from "./parse-xlsx";
import type { ParsedUpload, ParseOptions } from "./types";

export { MAX_UPLOAD_BYTES };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const; // "PK\x03\x04": XLSX is a ZIP package
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0] as const; // Excel 97-2003 .xls compound file

const hasMagic = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.byteLength >= magic.length && magic.every((byte, index) => bytes[index] === byte);

/** Throws ImportFileError when the file as a whole cannot be read. */
export async function parseUpload(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParsedUpload> {
  const limit = options.maxBytes ?? MAX_UPLOAD_BYTES;
  if (bytes.byteLength > limit) {
    throw new ImportFileError("file-too-large", fileMessages.tooLarge(bytes.byteLength, limit), {
      size: bytes.byteLength,
      limit,
    });
  }
  if (bytes.byteLength === 0) throw new ImportFileError("empty-file", fileMessages.empty);
  if (hasMagic(bytes, ZIP_MAGIC)) return parseXlsx(bytes, { sheet: options.sheet, maxRows: options.maxRows });
  if (hasMagic(bytes, OLE_MAGIC)) throw new ImportFileError("unsupported-format", fileMessages.legacyXls);

  const { text, encoding } = decodeText(bytes);
  if (!/\S/.test(text)) throw new ImportFileError("empty-file", fileMessages.empty);
  const json = tryParseJson(text);
  if (json !== undefined) return jsonToUpload(json, encoding, options.maxRows);
  return parseCsv(text, encoding, options.maxRows);
}
