/**
 * Which file column feeds which record field. Headers are matched by the Chinese header of the
 * layout or the English key, tolerant of case, spacing and full-width characters ("（人日）" ≡
 * "(人日)"), and also without a trailing parenthetical ("信创适配耗时"). A mapping the admin
 * saved for their own spreadsheet wins over all of that.
 */
import {
  ENTERPRISE_COLUMNS,
  type EnterpriseColumn,
  type EnterpriseField,
} from "@/lib/validations/enterprise";
import { mappingMessages } from "./file-messages";
import { looseKey } from "./vocabulary";

/** The fields the schema cannot do without: a file lacking any of these columns is rejected. */
export const REQUIRED_FIELDS = [
  "code",
  "label",
  "district",
  "industry",
  "architectureType",
  "outcome",
] as const satisfies readonly EnterpriseField[];

/** Source header → field; `null` means "ignore this column on purpose" (no warning). */
export type SavedMapping = Readonly<Record<string, EnterpriseField | null>>;

export interface MappedColumn {
  header: string;
  field: EnterpriseField;
  column: EnterpriseColumn;
}

export interface ColumnMapping {
  /** Mapped columns in file order. */
  columns: MappedColumn[];
  headerFor: Partial<Record<EnterpriseField, string>>;
  /** Headers nothing matched: ignored, and warned about. */
  unknownHeaders: string[];
  missingRequired: EnterpriseField[];
  /** Whole-file problems: the file cannot be imported until they are fixed. */
  errors: string[];
  warnings: string[];
}

const COLUMN_BY_FIELD = new Map(ENTERPRISE_COLUMNS.map((column) => [column.key, column]));
const FIELD_BY_HEADER_KEY = buildHeaderIndex();

function buildHeaderIndex(): Map<string, EnterpriseField> {
  const index = new Map<string, EnterpriseField>();
  for (const { key, header } of ENTERPRISE_COLUMNS) {
    const loose = looseKey(header);
    for (const alias of [loose, looseKey(key), loose.replace(/\([^)]*\)$/, "")]) {
      if (!index.has(alias)) index.set(alias, key);
    }
  }
  return index;
}

export function columnOf(field: EnterpriseField): EnterpriseColumn {
  const column = COLUMN_BY_FIELD.get(field);
  if (!column) throw new Error(`Unknown enterprise field ${field}`);
  return column;
}

export function mapColumns(headers: readonly string[], savedMapping: SavedMapping = {}): ColumnMapping {
  const saved = savedLookup(savedMapping);
  const mapping: ColumnMapping = { columns: [], headerFor: {}, unknownHeaders: [], missingRequired: [], errors: [], warnings: [] };
  const headersByField = new Map<EnterpriseField, string[]>();
  for (const header of headers) {
    const choice = saved.fields.has(looseKey(header))
      ? saved.fields.get(looseKey(header))
      : FIELD_BY_HEADER_KEY.get(looseKey(header));
    if (choice === null) continue;
    if (choice === undefined) {
      mapping.unknownHeaders.push(header);
      continue;
    }
    headersByField.set(choice, [...(headersByField.get(choice) ?? []), header]);
    mapping.columns.push({ header, field: choice, column: columnOf(choice) });
    mapping.headerFor[choice] ??= header;
  }
  for (const [field, fieldHeaders] of headersByField) {
    if (fieldHeaders.length > 1) mapping.errors.push(mappingMessages.sameField(fieldHeaders, columnOf(field).header));
  }
  mapping.missingRequired = REQUIRED_FIELDS.filter((field) => !headersByField.has(field));
  if (mapping.missingRequired.length) {
    mapping.errors.push(mappingMessages.missingRequired(mapping.missingRequired.map((field) => columnOf(field).header)));
  }
  if (mapping.unknownHeaders.length) mapping.warnings.push(mappingMessages.unknownHeaders(mapping.unknownHeaders));
  mapping.warnings.push(...saved.warnings);
  return mapping;
}

/** Saved mappings come from stored settings, so their field names are checked at run time. */
function savedLookup(savedMapping: SavedMapping) {
  const fields = new Map<string, EnterpriseField | null>();
  const warnings: string[] = [];
  for (const [header, field] of Object.entries(savedMapping)) {
    if (field !== null && !COLUMN_BY_FIELD.has(field)) {
      warnings.push(mappingMessages.unknownSavedField(header, String(field)));
      continue;
    }
    fields.set(looseKey(header), field);
  }
  return { fields, warnings };
}
