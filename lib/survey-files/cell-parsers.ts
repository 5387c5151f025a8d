/**
 * One cell → one field value, by the column's kind. Spreadsheets are typed by hand, so each kind
 * accepts the spellings people actually use (是/否, 92%, labels or ids) and says in Chinese what
 * it expected when it cannot read a cell.
 */
import { hasUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/domain/storable-text";
import type { EnterpriseColumn, EnterpriseField } from "@/lib/validations/enterprise";
import { cellMessages } from "./file-messages";
import { roundFactor } from "./record-equality";
import { readSpreadsheetText } from "./spreadsheet-text";
import type { CellValue } from "./types";
import { looseKey, lookupEnum, vocabularyOf } from "./vocabulary";

/** A field value before the schema has checked it (enum ids are plain strings here). */
export type ParsedFieldValue = string | number | boolean | string[] | null;

export type CellOutcome = { ok: true; value: ParsedFieldValue; warning?: string } | { ok: false; message: string };

type Input = string | number | boolean;

const ok = (value: ParsedFieldValue, warning?: string): CellOutcome =>
  warning ? { ok: true, value, warning } : { ok: true, value };
const fail = (message: string): CellOutcome => ({ ok: false, message });

/** What a blank cell means: null, except for the two fields that are never null (product rule). */
export function blankValue(field: EnterpriseField): ParsedFieldValue {
  if (field === "errorCategories") return []; // fresh each time: records must not share it
  if (field === "reconstructed") return false;
  return null;
}

export function parseCell(raw: CellValue, column: EnterpriseColumn): CellOutcome {
  let input: Input | null = raw;
  if (typeof raw === "string") {
    const read = readSpreadsheetText(raw);
    if (!read.ok) return fail(cellMessages.formula);
    input = read.text;
  }
  if (input === null) return ok(blankValue(column.key));
  switch (column.kind) {
    case "text":
      return parseText(input, column.key);
    case "enum":
      return parseEnum(input, column.key);
    case "int":
      return parseInteger(input);
    case "factor":
      return parseFactor(input);
    case "boolean":
      return parseBoolean(input);
    case "list":
      return parseList(input, column.key);
  }
}

const AMBIGUOUS_GO_VERSION = /^1\.[12]$/; // Go 1.1/1.2 date from 2013: surely 1.10/1.20 lost to Excel

function parseText(input: Input, field: EnterpriseField): CellOutcome {
  const text = String(input);
  if (hasUnstorableText(text)) return fail(UNSTORABLE_TEXT_MESSAGE);
  // Codes are keys: "tj-07" and full-width "ＴＪ－０７" must find the same enterprise.
  if (field === "code") return ok(text.normalize("NFKC").toUpperCase());
  if (field === "goVersion" && AMBIGUOUS_GO_VERSION.test(text)) return ok(text, cellMessages.ambiguousGoVersion(text));
  return ok(text);
}

function parseEnum(input: Input, field: EnterpriseField): CellOutcome {
  const text = String(input);
  const vocabulary = vocabularyOf(field);
  const value = lookupEnum(vocabulary, text);
  if (value !== undefined) return ok(value);
  if (field === "district") return fail(cellMessages.notTianjinDistrict(text));
  return fail(cellMessages.unknownEnum(text, vocabulary.values.map((id) => vocabulary.labels[id] ?? id)));
}

const LIST_SEPARATORS = /[;；,，、]/;

function parseList(input: Input, field: EnterpriseField): CellOutcome {
  const vocabulary = vocabularyOf(field);
  const values = new Set<string>();
  for (const item of String(input).split(LIST_SEPARATORS)) {
    if (item.trim() === "") continue;
    const value = lookupEnum(vocabulary, item);
    if (value === undefined) {
      return fail(cellMessages.unknownListItem(item.trim(), vocabulary.values.map((id) => vocabulary.labels[id] ?? id)));
    }
    values.add(value);
  }
  return ok([...values]);
}

const INTEGER = /^[+-]?\d+(?:\.0+)?$/;
const GROUPED_INTEGER = /^[+-]?\d{1,3}(?:,\d{3})+$/; // "1,200" as Excel formats thousands

function parseInteger(input: Input): CellOutcome {
  if (typeof input === "number") return Number.isInteger(input) ? ok(input) : fail(cellMessages.notInteger(String(input)));
  const text = String(input).normalize("NFKC").trim();
  if (INTEGER.test(text)) return ok(Number(text));
  if (GROUPED_INTEGER.test(text)) return ok(Number(text.replace(/,/g, "")));
  return fail(cellMessages.notInteger(String(input)));
}

const PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** 0.92, "0.92" and "92%" are the same factor. Range checks beyond 100% are left to the schema. */
function parseFactor(input: Input): CellOutcome {
  if (typeof input === "number") return ok(roundFactor(input));
  const text = String(input).normalize("NFKC").trim();
  const percent = PERCENT.exec(text);
  if (percent) {
    const value = Number(percent[1]);
    return value > 100 ? fail(cellMessages.overHundredPercent(text)) : ok(roundFactor(value / 100));
  }
  if (DECIMAL.test(text)) return ok(roundFactor(Number(text)));
  return fail(cellMessages.notNumber(String(input)));
}

const TRUE_WORDS = new Set(["是", "true", "1", "y", "yes", "✓", "✔", "√"]);
const FALSE_WORDS = new Set(["否", "false", "0", "n", "no", "✗", "✘", "×"]);

function parseBoolean(input: Input): CellOutcome {
  if (typeof input === "boolean") return ok(input);
  const text = String(input);
  if (TRUE_WORDS.has(text)) return ok(true);
  if (FALSE_WORDS.has(text)) return ok(false);
  const key = looseKey(text);
  if (TRUE_WORDS.has(key)) return ok(true);
  if (FALSE_WORDS.has(key)) return ok(false);
  return fail(cellMessages.notBoolean(String(input)));
}
