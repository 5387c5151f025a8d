/**
 * Hand-built XLSX packages for the reader's bounds tests. The sheet XML is generated and deflated
 * chunk by chunk (yazl streams it through zlib), so a "bomb" of hundreds of MB of cells never
 * exists in memory — only its few compressed MB do.
 */
import { Readable } from "node:stream";
import yazl from "yazl";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="调研数据" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

export const SHEET_PATH = "xl/worksheets/sheet1.xml";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One row of inline-string cells, as `<row>` XML (row numbers from 1). */
export function rowXml(rowNumber: number, cells: readonly (string | number)[]): string {
  const body = cells
    .map((cell) =>
      typeof cell === "number" ? `<c><v>${cell}</v></c>` : `<c t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`,
    )
    .join("");
  return `<row r="${rowNumber}">${body}</row>`;
}

/** Sheet XML from row strings produced lazily; `rows` may yield millions of them. */
function sheetStream(rows: Iterable<string>): Readable {
  function* chunks(): Generator<Buffer> {
    yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData>`);
    let pending: string[] = [];
    let size = 0;
    for (const row of rows) {
      pending.push(row);
      size += row.length;
      if (size >= 64 * 1024) {
        yield Buffer.from(pending.join(""));
        pending = [];
        size = 0;
      }
    }
    yield Buffer.from(`${pending.join("")}</sheetData></worksheet>`);
  }
  return Readable.from(chunks());
}

/** A workbook with one sheet whose rows come from `rows` (streamed and deflated as generated). */
export async function streamedWorkbook(rows: Iterable<string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(CONTENT_TYPES), "[Content_Types].xml");
  zip.addBuffer(Buffer.from(ROOT_RELS), "_rels/.rels");
  zip.addBuffer(Buffer.from(WORKBOOK), "xl/workbook.xml");
  zip.addBuffer(Buffer.from(WORKBOOK_RELS), "xl/_rels/workbook.xml.rels");
  zip.addReadStream(sheetStream(rows), SHEET_PATH, { compress: true });
  zip.end();
  const parts: Buffer[] = [];
  for await (const chunk of zip.outputStream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/** Data rows (from row 2) of `width` varied cells until about `bytes` of sheet XML: a real, huge sheet (~12:1). */
export function* rowsOfSize(bytes: number, width = 27): Generator<string> {
  let written = 0;
  for (let row = 2; written < bytes; row++) {
    const xml = rowXml(row, Array.from({ length: width }, (_, column) => (column % 3 === 0 ? row + column : `值${row % 97}-${column}`)));
    written += xml.length;
    yield xml;
  }
}

/** Rows that differ only in their number: about 110:1, the shape of the reported 6 MB → 509 MB file. */
export function* bombRows(bytes: number): Generator<string> {
  const filler = `<c t="inlineStr"><is><t>填充</t></is></c>`.repeat(26);
  for (let row = 1, written = 0; written < bytes; row++) {
    const xml = `<row r="${row}"><c><v>${row}</v></c>${filler}</row>`;
    written += xml.length;
    yield xml;
  }
}

/** The same row over and over: compresses about 1000:1, like a classic zip bomb. */
export function* repeatedRows(bytes: number): Generator<string> {
  const xml = rowXml(2, Array.from({ length: 27 }, () => "x"));
  for (let written = 0; written < bytes; written += xml.length) yield xml;
}

/** `rows` after a three-column header row (企业编号, 企业名称, 所在区). */
export function* withHeader(rows: Iterable<string>): Generator<string> {
  yield rowXml(1, ["企业编号", "企业名称", "所在区"]);
  yield* rows;
}

const MB = 1024 * 1024;

/** A 4.5 MB workbook whose sheet inflates to 500 MB, declaring it honestly. */
export const zipBomb = () => streamedWorkbook(withHeader(bombRows(500 * MB)));

/** The same bomb with a central directory that claims the sheet is only 2 MB. */
export const lyingZipBomb = async () => declareSize(await zipBomb(), SHEET_PATH, 2 * MB);

/**
 * Rewrites the uncompressed size that the central directory declares for `name`: a lying
 * package, whose real content is larger than it claims.
 */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const copy = Buffer.from(zip);
  const wanted = Buffer.from(name);
  for (let offset = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); offset >= 0; offset = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), offset - 1)) {
    const nameLength = copy.readUInt16LE(offset + 28);
    if (copy.subarray(offset + 46, offset + 46 + nameLength).equals(wanted)) {
      copy.writeUInt32LE(size, offset + 24);
      return copy;
    }
  }
  throw new Error(`no central directory entry for ${name}`);
}
