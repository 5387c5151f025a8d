/**
 * Turns CSV/JSON bytes into text once. Excel on a Chinese Windows saves "CSV" as GBK, "CSV UTF-8"
 * with a BOM, and "Unicode text" as UTF-16LE; other tools write BOM-less UTF-8. A strict UTF-8
 * decode tells UTF-8 from GBK reliably, because GBK's double-byte sequences are almost never valid
 * UTF-8. GB18030 is decoded instead of GBK: it is a superset, so GBK files decode identically and
 * characters outside GBK (e.g. 𠀀) survive.
 *
 * A byte order mark is a promise about the whole file, so a file that breaks it is refused rather
 * than guessed at: after a UTF-8 BOM, GBK bytes mean rows pasted in from another file (decoding
 * all of it as GB18030 would garble the UTF-8 part), so the admin is told the line to look at.
 */
import { ImportFileError } from "./file-errors";
import { fileMessages } from "./file-messages";
import type { TextEncodingName } from "./types";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;
const UTF32LE_BOM = [0xff, 0xfe, 0x00, 0x00] as const;
const UTF32BE_BOM = [0x00, 0x00, 0xfe, 0xff] as const;
const LF = 0x0a;
const CR = 0x0d;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.byteLength >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);

const unknownEncoding = (message: string) => new ImportFileError("unknown-encoding", message);

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, UTF8_BOM)) {
    // TextDecoder drops the BOM itself (ignoreBOM defaults to false).
    const text = tryDecode("utf-8", bytes);
    if (text === undefined) throw unknownEncoding(fileMessages.invalidUtf8AfterBom(firstInvalidUtf8Line(bytes, UTF8_BOM.length)));
    return { text, encoding: "utf-8-bom" };
  }
  if (startsWith(bytes, UTF32LE_BOM) || startsWith(bytes, UTF32BE_BOM)) throw unknownEncoding(fileMessages.utf32);
  if (startsWith(bytes, UTF16LE_BOM)) return { text: decodeUtf16("utf-16le", bytes), encoding: "utf-16le" };
  if (startsWith(bytes, UTF16BE_BOM)) return { text: decodeUtf16("utf-16be", bytes), encoding: "utf-16be" };
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };
  // Not UTF-8: the only other encoding Chinese Excel writes without a BOM is GBK.
  const gb18030 = tryDecode("gb18030", bytes);
  if (gb18030 !== undefined) return { text: gb18030, encoding: "gb18030" };
  throw unknownEncoding(fileMessages.unknownEncoding);
}

function decodeUtf16(label: "utf-16le" | "utf-16be", bytes: Uint8Array): string {
  // An odd byte count or a lone surrogate: not the "Unicode text" Excel writes.
  const text = bytes.byteLength % 2 === 0 ? tryDecode(label, bytes) : undefined;
  if (text === undefined) throw unknownEncoding(fileMessages.invalidUtf16(label === "utf-16le" ? "LE" : "BE"));
  return text;
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The 1-based text line holding the first byte that is not UTF-8. Lines are split at the CR/LF
 * bytes, which never occur inside a UTF-8 sequence; CRLF counts once.
 */
function firstInvalidUtf8Line(bytes: Uint8Array, from: number): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = from;
  for (let index = from; index <= bytes.byteLength; index++) {
    const byte = bytes[index];
    if (index < bytes.byteLength && byte !== LF && byte !== CR) continue;
    try {
      decoder.decode(bytes.subarray(start, index));
    } catch {
      return line;
    }
    if (byte === CR && bytes[index + 1] === LF) index++;
    line++;
    start = index + 1;
  }
  return line;
}
