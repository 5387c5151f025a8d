/**
 * Turns CSV/JSON bytes into text once. Excel on a Chinese Windows saves "CSV" as GBK, "CSV UTF-8"
 * with a BOM, and "Unicode text" as UTF-16LE; other tools write BOM-less UTF-8. A strict UTF-8
 * decode tells UTF-8 from GBK reliably, because GBK's double-byte sequences are almost never valid
 * UTF-8. GB18030 is decoded instead of GBK: it is a superset, so GBK files decode identically and
 * characters outside GBK (e.g. 𠀀) survive.
 */
import { ImportFileError } from "./file-errors";
import { fileMessages } from "./file-messages";
import type { TextEncodingName } from "./types";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

export function decodeText(bytes: Uint8Array): DecodedText {
  // TextDecoder drops the BOM itself (ignoreBOM defaults to false).
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decode("utf-8", bytes), encoding: "utf-8-bom" };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decode("utf-16le", bytes), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decode("utf-16be", bytes), encoding: "utf-16be" };
  try {
    return { text: decode("utf-8", bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: the only other encoding Chinese Excel writes without a BOM is GBK.
  }
  try {
    return { text: decode("gb18030", bytes), encoding: "gb18030" };
  } catch {
    throw new ImportFileError("unknown-encoding", fileMessages.unknownEncoding);
  }
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { fatal: true }).decode(bytes);
}
