/**
 * Every Chinese sentence of the import service (commit, revert, batches, CLI), in one place so the
 * text can later be translated and tests assert on the strings the code produces.
 */
const codes = (list: readonly string[], max = 5) =>
  list.length > max ? `${list.slice(0, max).join("、")} 等 ${list.length} 条` : list.join("、");

export const serviceMessages = {
  rowsInvalid: "数据校验未通过",
  rowsInvalidDetail: (rows: number) => `${rows} 行数据有错误，未导入任何记录；请按行号和列名修改后重新上传`,
  fileErrorsDetail: "文件的列不符合要求，未导入任何记录",
  noRows: "文件中没有数据行",
  stale: "数据已变化，请重新预览",
  staleDetail: "预览之后，调研数据已被其他导入或回滚修改；本次未写入任何记录",
  busy: "另一个导入或回滚正在进行",
  busyDetail: "为避免数据交错，同一时间只允许一个导入或回滚提交；本次未写入任何记录，请稍后重试",
  batchNotFound: "导入批次不存在",
  alreadyReverted: "该批次已回滚",
  alreadyRevertedDetail: (when: string) => `该批次已于 ${when} 回滚，不能重复回滚`,
  laterBatch: "无法回滚：之后的导入修改了相同记录",
  laterBatchDetail: (batchIds: readonly string[], recordCodes: readonly string[]) =>
    `之后已提交的批次 ${codes(batchIds, 3)} 又修改了本批次的记录 ${codes(recordCodes)}；请先回滚较新的批次`,
  drifted: "无法回滚：记录已被修改",
  driftedDetail: (recordCodes: readonly string[]) =>
    `记录 ${codes(recordCodes)} 的当前内容与本批次导入后的内容不一致；为避免覆盖他人的修改，未做任何回滚`,
  mappingNotFound: (name: string) => `找不到名为「${name}」的列映射`,
  mappingInvalid: "列映射无效",
  missingFile: "请上传文件（表单字段 file）",
  notMultipart: "请求体必须是 multipart/form-data",
  tooLarge: (limitMb: number) => `文件不能超过 ${limitMb} MB`,
  badRequest: "请求参数无效",
} as const;

/** "第 N 行 [列名] 消息": the one format for row errors, in the CLI and the API's text output. */
export function rowErrorLine(error: { row: number; column: string; message: string }): string {
  return `第 ${error.row} 行${error.column ? ` [${error.column}]` : ""} ${error.message}`;
}
