/**
 * The report's own Chinese text: section titles and fixed phrases. Domain labels (tiers,
 * decisions, industries …) come from lib/domain/catalog.ts; only report wording lives here.
 */

export const REPORT_TITLE = "技术栈选型报告";
export const PRODUCT_NAME = "天津 Go 技术栈选型决策平台";

/** Sections in print order; the table of contents and the page-number markers use these ids. */
export const SECTIONS = [
  { id: "summary", number: "1", title: "执行摘要" },
  { id: "inputs", number: "2", title: "作答输入" },
  { id: "trace", number: "3", title: "决策路径" },
  { id: "scores", number: "4", title: "得分构成" },
  { id: "margins", number: "5", title: "阈值余量" },
  { id: "architecture", number: "6", title: "架构瓶颈与技术栈组合" },
  { id: "knowledge", number: "7", title: "知识卡片" },
  { id: "peers", number: "8", title: "调研同类企业" },
  { id: "appendix", number: "附录 A", title: "兼容性检查脚本" },
] as const;
export type SectionId = (typeof SECTIONS)[number]["id"];

export const TEXT = {
  toc: "目录",
  notAnswered: "未填写",
  unknown: "未知",
  notRecorded: "未记录",
  given: "直接给出",
  derived: "由事实推导",
  peersNote:
    "以下企业记录是按《Golang 天津技术栈选型决策树（2024 京津冀版）》公布的 37 家企业聚合比例重建的调研样本，不是原始问卷记录；企业名称与编号用于对照，不代表该企业的真实选型细节。",
  scriptAttached:
    "脚本全文作为附件嵌入本 PDF，与结果页下载的脚本逐字节相同：在 PDF 阅读器的附件面板（回形针图标）中打开或另存，或在命令行用 pdfdetach 取出，然后在目标机上运行。",
  scriptPrinted: "打印版不含附件：请从结果页下载脚本，并用上面的 SHA-256 核对它与本报告评审的是同一份。",
  scriptMissing: "本次评估尚未生成兼容性检查脚本。可在评估页面按目标机画像生成后重新导出本报告。",
  seedUnknownFigure: "原文未给出量化数据",
} as const;

export const ORIGIN_LABELS = { article: "原文给出（《Golang 天津技术栈选型决策树（2024 京津冀版）》）", completed: "本产品依据其他资料补全" } as const;
