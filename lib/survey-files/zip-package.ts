/**
 * An XLSX file's ZIP package, read through yauzl: the central directory is read without inflating
 * anything, so every part's declared size and compression ratio is checked before a byte of it is
 * inflated; while a part inflates, its real size is counted against the same limit, and yauzl
 * stops a part that inflates to more than it declared (validateEntrySizes).
 *
 * Part names are compared case-insensitively, as the package format specifies.
 */
import type { Readable } from "node:stream";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { ImportFileError } from "./file-errors";
import { fileMessages, limitMessages } from "./file-messages";
import {
  MAX_COMPRESSION_RATIO,
  MAX_OTHER_PART_BYTES,
  MAX_SHARED_STRINGS_BYTES,
  MAX_SHEET_XML_BYTES,
  MAX_ZIP_ENTRIES,
  RATIO_CHECK_FROM_BYTES,
} from "./limits";

const DEFLATE = 8;
const STORED = 0;

const invalidXlsx = () => new ImportFileError("invalid-xlsx", fileMessages.invalidXlsx);
const tooComplex = (message: string, limit: number) => new ImportFileError("file-too-complex", message, { limit });

/** The inflated size a part may have, by what it is. */
export function partLimit(name: string): number {
  const key = name.toLowerCase();
  if (key.startsWith("xl/worksheets/")) return MAX_SHEET_XML_BYTES;
  if (key.endsWith("sharedstrings.xml")) return MAX_SHARED_STRINGS_BYTES;
  return MAX_OTHER_PART_BYTES;
}

/** "xl/worksheets/../sharedStrings.xml", "/xl/x.xml" → "xl/sharedStrings.xml", "xl/x.xml". */
export function normalizePartName(name: string): string {
  const parts: string[] = [];
  for (const part of name.replace(/\\/g, "/").split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "" && part !== ".") parts.push(part);
  }
  return parts.join("/");
}

export class WorkbookPackage {
  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: ReadonlyMap<string, Entry>,
  ) {}

  /** Reads the central directory (nothing is inflated). A file that is no ZIP is `invalid-xlsx`. */
  static async open(bytes: Uint8Array): Promise<WorkbookPackage> {
    let zip: ZipFile;
    try {
      // A view, not a copy: the upload may be up to the size limit.
      zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { strictFileNames: false });
    } catch {
      throw invalidXlsx();
    }
    if (zip.entryCount > MAX_ZIP_ENTRIES) throw tooComplex(limitMessages.tooManyEntries(MAX_ZIP_ENTRIES), MAX_ZIP_ENTRIES);
    const entries = new Map<string, Entry>();
    try {
      for await (const entry of zip.eachEntry()) entries.set(normalizePartName(entry.fileName).toLowerCase(), entry);
    } catch {
      throw invalidXlsx();
    }
    return new WorkbookPackage(zip, entries);
  }

  has(name: string): boolean {
    return this.entries.has(normalizePartName(name).toLowerCase());
  }

  /** Every part whose name matches, as stored. */
  partNames(pattern: RegExp): string[] {
    return [...this.entries.values()].map((entry) => entry.fileName).filter((name) => pattern.test(name));
  }

  /** Refuses the part, before inflating it, if what it declares exceeds `limit` or the ratio. */
  checkDeclared(name: string, limit = partLimit(name)): Entry {
    const entry = this.entries.get(normalizePartName(name).toLowerCase());
    if (!entry) throw invalidXlsx();
    if (entry.isEncrypted() || (entry.compressionMethod !== DEFLATE && entry.compressionMethod !== STORED)) throw invalidXlsx();
    if (entry.uncompressedSize > limit) throw tooComplex(limitMessages.partTooLarge(entry.fileName, entry.uncompressedSize, limit), limit);
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_CHECK_FROM_BYTES && ratio > MAX_COMPRESSION_RATIO) {
      throw tooComplex(limitMessages.compressionRatio(entry.fileName, ratio, MAX_COMPRESSION_RATIO), MAX_COMPRESSION_RATIO);
    }
    return entry;
  }

  /** The part's inflated bytes, chunk by chunk; stops at the limit or when it outgrows its declared size. */
  async *chunks(name: string, limit = partLimit(name)): AsyncGenerator<Buffer> {
    const entry = this.checkDeclared(name, limit);
    let stream: Readable;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch {
      throw invalidXlsx();
    }
    let inflated = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        inflated += chunk.byteLength;
        if (inflated > limit) throw tooComplex(limitMessages.partTooLarge(entry.fileName, inflated, limit), limit);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ImportFileError) throw error;
      // yauzl's AssertByteCountStream: the part inflates to more than the central directory says.
      if (/too many bytes/.test((error as Error).message)) throw tooComplex(limitMessages.sizeLie(entry.fileName, entry.uncompressedSize), limit);
      throw invalidXlsx();
    } finally {
      stream.destroy();
    }
  }

  /** A small part as text (UTF-8, as Excel writes every part). */
  async text(name: string, limit = partLimit(name)): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.chunks(name, limit)) chunks.push(chunk);
    return new TextDecoder().decode(Buffer.concat(chunks));
  }

  close(): void {
    this.zip.close();
  }
}

/**
 * The check run before the worker starts: the parts the reader may inflate (workbook, relations,
 * styles, shared strings, every worksheet) are within their limits as declared. A zip bomb is
 * refused here, at the cost of reading a directory; a package that lies is stopped by `chunks`.
 */
export async function checkWorkbookPackage(bytes: Uint8Array): Promise<void> {
  const workbook = await WorkbookPackage.open(bytes);
  try {
    for (const name of workbook.partNames(/(^|\/)(workbook\.xml|[^/]*\.rels|styles\.xml|sharedStrings\.xml)$|^xl\/worksheets\/[^/]+\.xml$/i)) {
      workbook.checkDeclared(name);
    }
  } finally {
    workbook.close();
  }
}
