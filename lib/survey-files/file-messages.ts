/**
 * Every Chinese sentence the importer shows, in one place, so the admin UI text can later be
 * translated and so tests can assert on the same strings the code produces.
 */
const list = (items: readonly string[]) => items.map((item) => `「${item}」`).join("、");
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
const rowList = (rows: readonly number[], total: number) => `第 ${rows.join("、")}${total > rows.length ? " 等" : ""} 行`;

export const fileMessages = {
  unreadable: "文件无法读取",
  tooLarge: (size: number, limit: number) => `文件大小 ${megabytes(size)}，超过上限 ${megabytes(limit)}`,
  empty: "文件是空的",
  emptySheet: (sheet: string) => `工作表「${sheet}」是空的`,
  noWorksheet: "工作簿中没有工作表",
  legacyXls: "不支持旧版 Excel 97-2003（.xls）文件，请另存为 .xlsx 或 CSV",
  invalidXlsx: "文件是 ZIP 压缩包，但不是有效的 XLSX 工作簿",
  unknownSheet: (sheet: string, available: readonly string[]) =>
    `找不到工作表「${sheet}」，可选：${list(available)}`,
  unknownEncoding: "无法识别文件编码，请另存为 UTF-8 或 GBK 编码的 CSV",
  invalidUtf16: (byteOrder: "LE" | "BE") =>
    `文件以 UTF-16 ${byteOrder} 的字节顺序标记（BOM）开头，但内容不是有效的 UTF-16；请在 Excel 中重新另存为“Unicode 文本”或“CSV UTF-8”`,
  utf32: "不支持 UTF-32 编码的文件，请另存为“CSV UTF-8”或 GBK 编码的 CSV",
  invalidUtf8AfterBom: (line: number) =>
    `文件以 UTF-8 的字节顺序标记（BOM）开头，但第 ${line} 行含有不是 UTF-8 的字节（可能混入了 GBK 编码的内容）；请统一另存为“CSV UTF-8”后重新上传`,
  unclosedQuote: (rowNumber: number) => `第 ${rowNumber} 行的引号没有闭合，文件其余内容无法读取`,
  invalidJsonShape: "JSON 应为对象数组，或形如 {\"enterprises\": [...]} 的对象",
  duplicateHeader: (header: string) => `表头「${header}」出现了不止一次`,
  lineCountMismatch: (dataLines: number, rows: number) =>
    `文件有 ${dataLines} 个数据行，但只读取到 ${rows} 行；为避免漏导，请检查文件后重新上传`,
  trailingEmptyCells: (rows: readonly number[], total: number) =>
    `有 ${total} 行在末尾多出空单元格（${rowList(rows, total)}），已忽略`,
} as const;

/** Limits of limits.ts that a file exceeds: refused as `file-too-complex` before it can exhaust the server. */
export const limitMessages = {
  partTooLarge: (part: string, size: number, limit: number) =>
    `工作簿中的「${part}」解压后为 ${megabytes(size)}，超过上限 ${megabytes(limit)}（疑似压缩炸弹），未读取`,
  compressionRatio: (part: string, ratio: number, limit: number) =>
    `工作簿中的「${part}」压缩比达 ${Math.round(ratio)}:1，超过上限 ${limit}:1（疑似压缩炸弹），未读取`,
  sizeLie: (part: string, declared: number) =>
    `工作簿中的「${part}」解压后比它声明的 ${megabytes(declared)} 更大（文件已损坏或被篡改），已停止读取`,
  tooManyEntries: (limit: number) => `压缩包中的文件超过 ${limit} 个，不是常见的 Excel 工作簿`,
  tooManyRows: (limit: number) => `数据超过 ${limit} 行，请拆分成多个文件分批导入`,
  tooManyColumns: (count: number, limit: number) => `表头有 ${count} 列，超过上限 ${limit} 列`,
  tooManyKeys: (limit: number) => `JSON 记录中不同的键超过 ${limit} 个`,
  cellTooLong: (rowNumber: number, limit: number) =>
    `第 ${rowNumber} 行有单元格超过 ${limit} 个字符（Excel 单元格的上限）`,
  rowTooWide: (rowNumber: number, limit: number) => `第 ${rowNumber} 行超过 ${limit} 个单元格（工作表的列数上限）`,
  tooManySharedStrings: (limit: number) => `工作簿中不同的文字超过 ${limit} 条`,
  tooMuchText: (limit: number) => `工作簿中单元格的文字合计超过 ${limit / 10_000} 万字符`,
  xmlRun: (limit: number) => `工作表中有超过 ${limit} 个字符的连续文本或标签，不像 Excel 写出的文件`,
  timeout: (seconds: number) => `工作簿在 ${seconds} 秒内没有读完，已停止（文件过于复杂）`,
  memory: "读取工作簿所需的内存超过上限，已停止（文件过于复杂）",
} as const;

/** How many data lines and row errors a preview has, for the CLI and the admin page. */
export const previewMessages = {
  lines: (dataLines: number, rows: number) => `数据行 ${dataLines}，已读取 ${rows} 行`,
  omittedErrors: (omitted: number, total: number, rows: number) =>
    `另有 ${omitted} 条错误未列出（共 ${total} 条错误，涉及 ${rows} 行）`,
  errorsByColumn: (columns: readonly { column: string; count: number }[]) =>
    `错误最多的列：${columns.map(({ column, count }) => `${column ? `「${column}」` : "整行"} ${count} 条`).join("，")}`,
} as const;

export const mappingMessages = {
  missingRequired: (headers: readonly string[]) => `缺少必填列：${list(headers)}`,
  sameField: (headers: readonly string[], fieldHeader: string) =>
    `${list(headers)} 都对应「${fieldHeader}」，请只保留一列或调整列映射`,
  unknownHeaders: (headers: readonly string[]) => `以下列无法识别，已忽略：${list(headers)}`,
  unknownSavedField: (header: string, field: string) => `列映射中「${header}」指向未知字段「${field}」，已忽略该映射`,
} as const;

export const cellMessages = {
  formula: "疑似公式，已拒绝",
  required: "必填，不能为空",
  missingCode: "缺少企业编号",
  duplicateCode: (code: string, firstRow: number) => `企业编号 ${code} 与第 ${firstRow} 行重复`,
  notTianjinDistrict: (value: string) => `「${value}」不是天津市的区（如：滨海新区、和平区、西青区）`,
  unknownEnum: (value: string, allowed: readonly string[]) => `「${value}」不是有效选项，可填：${allowed.join("、")}`,
  unknownListItem: (value: string, allowed: readonly string[]) =>
    `「${value}」不是有效的类别，可填：${allowed.join("、")}（多个用分号分隔）`,
  notBoolean: (value: string) => `「${value}」不是是/否，可填：是、否、Y、N、1、0、✓、✗`,
  notInteger: (value: string) => `「${value}」不是整数`,
  notNumber: (value: string) => `「${value}」不是数字，应为 0–1 的小数或百分比，如 0.92 或 92%`,
  overHundredPercent: (value: string) => `「${value}」超过 100%`,
  formulaWithoutResult: "公式没有缓存结果，请在 Excel 中重新计算并保存后再导入",
  cellError: (error: string) => `单元格是错误值 ${error}`,
  nestedValue: "不支持嵌套对象，请填写文本或数字",
  notAnObject: "该条记录不是对象",
  extraCells: (cells: number, headerCells: number) =>
    `本行有 ${cells} 个单元格，比表头多 ${cells - headerCells} 个（表头有 ${headerCells} 列）：多出的内容没有对应的列`,
  missingCells: (cells: number, headerCells: number) =>
    `本行只有 ${cells} 个单元格，表头有 ${headerCells} 列（可能是单元格里的换行或分隔符没有加引号）`,
  ambiguousGoVersion: (value: string) =>
    `Go 版本「${value}」可能是 Excel 把 ${value}0 转成了数字，请确认（可在单元格前加 ' 保持文本）`,
} as const;
