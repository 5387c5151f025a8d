/**
 * Every Chinese sentence the importer shows, in one place, so the admin UI text can later be
 * translated and so tests can assert on the same strings the code produces.
 */
const list = (items: readonly string[]) => items.map((item) => `「${item}」`).join("、");
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

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
  unclosedQuote: (rowNumber: number) => `第 ${rowNumber} 行的引号没有闭合，文件其余内容无法读取`,
  invalidJsonShape: "JSON 应为对象数组，或形如 {\"enterprises\": [...]} 的对象",
  duplicateHeader: (header: string) => `表头「${header}」出现了不止一次`,
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
  ambiguousGoVersion: (value: string) =>
    `Go 版本「${value}」可能是 Excel 把 ${value}0 转成了数字，请确认（可在单元格前加 ' 保持文本）`,
} as const;
