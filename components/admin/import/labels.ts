/** UI text of the admin import pages, in one place. */
export const STATUS_LABELS = { new: "新增", update: "更新", unchanged: "未变", error: "错误" } as const;
export const STATUS_BADGES = { new: "info", update: "warn", unchanged: "", error: "bad" } as const;
export const FORMAT_LABELS = { csv: "CSV", xlsx: "XLSX", json: "JSON" } as const;
export const ENCODING_LABELS: Record<string, string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8（带 BOM）",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
  gb18030: "GBK / GB18030",
};
