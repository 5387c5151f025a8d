/**
 * The reader's limits, on their own so the admin wizard can check a file before sending it and name
 * the same limits the server enforces: parse-upload.ts imports Node-only parsers, this file nothing.
 *
 * The upload limit bounds CSV and JSON (their size in memory is a small multiple of the file). An
 * XLSX is a ZIP package whose sheet can inflate a thousandfold, so it gets limits of its own, on
 * what it declares and on what it really inflates to, and is read in a worker (parse-xlsx.ts).
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / (1024 * 1024);

/**
 * Data rows per file. The bulk load the CLI is measured with is 100k rows (29 MB CSV); a 10 MB
 * upload of the export's layout holds about 35k.
 */
export const MAX_DATA_ROWS = 100_000;
/** Header columns or JSON keys: the layout has 27; saved column mappings hold at most 200. */
export const MAX_COLUMNS = 200;
/** Characters in one cell: Excel's own limit, so no file Excel wrote exceeds it. */
export const MAX_CELL_CHARS = 32_767;
/** Cells in one worksheet row: Excel's column limit (XFD). Cells past MAX_COLUMNS are counted, not kept. */
export const MAX_ROW_CELLS = 16_384;

/**
 * Inflated size of one worksheet's XML. Our export writes ~0.9 KB of sheet XML per row, so the row
 * limit needs ~90 MB; at the ~12:1 ratio such XML compresses to, 128 MB is just over a 10 MB upload.
 */
export const MAX_SHEET_XML_BYTES = 128 * 1024 * 1024;
/** The shared-strings part (every distinct text of the workbook): 8.6 MB for 100k exported rows. */
export const MAX_SHARED_STRINGS_BYTES = 32 * 1024 * 1024;
/** Any other part read (workbook, relationships, styles): kilobytes in real workbooks. */
export const MAX_OTHER_PART_BYTES = 8 * 1024 * 1024;
/**
 * Inflated : compressed size of a part over 1 MB. Our export and Excel's files compress 5–15:1;
 * hundreds to one is generated padding, the shape of a zip bomb.
 */
export const MAX_COMPRESSION_RATIO = 100;
export const RATIO_CHECK_FROM_BYTES = 1024 * 1024;
/** Entries of the package: a workbook has tens (more with pictures). */
export const MAX_ZIP_ENTRIES = 10_000;
/** Distinct shared strings. */
export const MAX_SHARED_STRINGS = 1_000_000;
/**
 * Characters of all cells handed over from the workbook. Shared strings let one 32k-character text
 * fill every cell; the export's 100k rows hold ~20M characters.
 */
export const MAX_CELL_TEXT_CHARS = 50_000_000;
/** Characters of XML without a `<`: longer than any cell (even written as entities) or tag. */
export const MAX_XML_RUN_CHARS = 1024 * 1024;

/**
 * The XLSX worker: heap limits (a file that still exhausts them is refused, the server is not)
 * and a deadline. A 10 MB export reads in a few seconds on the project's 2 shared cores.
 */
export const XLSX_WORKER_LIMITS = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 } as const;
export const XLSX_PARSE_TIMEOUT_MS = 30_000;

/** Row errors listed in a preview (the rest are counted by column): keeps an all-wrong file's answer small. */
export const MAX_LISTED_ROW_ERRORS = 1_000;
