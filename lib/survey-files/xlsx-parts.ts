/**
 * The workbook parts a sheet's cells depend on: which sheets exist (workbook.xml and its
 * relationships, in tab order), the shared strings, and which cell styles are dates (styles.xml),
 * so a date cell reads as "2024-03-01" and not as its serial number 45352.
 */
import { ImportFileError } from "./file-errors";
import { fileMessages, limitMessages } from "./file-messages";
import { MAX_SHARED_STRINGS } from "./limits";
import { attribute, readXml, readXmlText } from "./xlsx-xml";
import { normalizePartName, type WorkbookPackage } from "./zip-package";

export interface WorkbookSheet {
  name: string;
  /** The sheet's part in the package ("" when its relationship is missing). */
  path: string;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  /** Mac Excel's date system: serial 0 is 1904-01-01. */
  date1904: boolean;
  sharedStringsPath?: string;
  stylesPath?: string;
}

interface Relationship {
  type: string;
  target: string;
}

const DEFAULT_WORKBOOK = "xl/workbook.xml";
/** Built-in number formats that are dates or times, including the East Asian ones (27–36, 50–58). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

const invalidXlsx = () => new ImportFileError("invalid-xlsx", fileMessages.invalidXlsx);
const directoryOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);
const relationshipsOf = (path: string) => `${directoryOf(path)}_rels/${path.slice(path.lastIndexOf("/") + 1)}.rels`;

export async function readWorkbookInfo(workbook: WorkbookPackage): Promise<WorkbookInfo> {
  const root = workbook.has("_rels/.rels") ? await relationships(workbook, "_rels/.rels", "") : new Map<string, Relationship>();
  const workbookPath = [...root.values()].find((relation) => relation.type === "officeDocument")?.target ?? DEFAULT_WORKBOOK;
  if (!workbook.has(workbookPath)) throw invalidXlsx();
  const relationsPath = relationshipsOf(workbookPath);
  const relations = workbook.has(relationsPath) ? await relationships(workbook, relationsPath, directoryOf(workbookPath)) : new Map<string, Relationship>();

  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  readXmlText(await workbook.text(workbookPath), {
    open(name, attributes) {
      if (name === "workbookPr") date1904 = /^(1|true)$/i.test(attribute(attributes, "date1904") ?? "");
      if (name !== "sheet") return;
      const id = attribute(attributes, "id") ?? "";
      sheets.push({ name: attribute(attributes, "name") ?? "", path: relations.get(id)?.target ?? "" });
    },
  });
  const targetOf = (type: string) => [...relations.values()].find((relation) => relation.type === type)?.target;
  return { sheets, date1904, sharedStringsPath: targetOf("sharedStrings"), stylesPath: targetOf("styles") };
}

/** Id → relationship of a `.rels` part; targets resolved against the source part's directory. */
async function relationships(workbook: WorkbookPackage, path: string, base: string): Promise<Map<string, Relationship>> {
  const byId = new Map<string, Relationship>();
  readXmlText(await workbook.text(path), {
    open(name, attributes) {
      if (name !== "Relationship" || attribute(attributes, "TargetMode") === "External") return;
      const target = attribute(attributes, "Target") ?? "";
      const type = attribute(attributes, "Type") ?? "";
      byId.set(attribute(attributes, "Id") ?? "", {
        type: type.slice(type.lastIndexOf("/") + 1),
        target: normalizePartName(target.startsWith("/") ? target : base + target),
      });
    },
  });
  return byId;
}

/** Whether each cell style (by its index, the cell's `s`) shows a date or time. */
export function readDateStyles(xml: string): boolean[] {
  const customFormats = new Map<number, string>();
  const styles: boolean[] = [];
  let section = "";
  readXmlText(xml, {
    open(name, attributes) {
      if (name === "numFmts" || name === "cellXfs") section = name;
      const id = Number(attribute(attributes, "numFmtId") ?? 0);
      if (name === "numFmt" && section === "numFmts") customFormats.set(id, attribute(attributes, "formatCode") ?? "");
      if (name === "xf" && section === "cellXfs") styles.push(isDateFormat(id, customFormats.get(id)));
    },
    close(name) {
      if (name === section) section = "";
    },
  });
  return styles;
}

function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return DATE_FORMAT_IDS.has(id);
  // Quoted text, escaped characters and [colour]/[locale] sections are not format tokens.
  return /[ymdhs]/i.test(code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "").replace(/general/i, ""));
}

/** The shared-string table; a rich-text string is its runs joined, phonetic guides left out. */
export async function readSharedStrings(chunks: AsyncIterable<Uint8Array>): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  await readXml(chunks, {
    open(name) {
      if (name === "si") current = [];
      else if (name === "t") inText = true;
      else if (name === "rPh") phonetic++;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && current) {
        strings.push(current.join(""));
        current = undefined;
        if (strings.length > MAX_SHARED_STRINGS) {
          throw new ImportFileError("file-too-complex", limitMessages.tooManySharedStrings(MAX_SHARED_STRINGS), { limit: MAX_SHARED_STRINGS });
        }
      }
    },
    text(text) {
      if (current && inText && phonetic === 0) current.push(text);
    },
  });
  return strings;
}
