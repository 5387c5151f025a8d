/**
 * What is said wherever the per-enterprise survey records appear (docs/decisions/003). It follows
 * the data: the shipped reconstruction reproduces the article's percentages; once an admin imports
 * records, the figures are computed over all of them and may differ from the article's.
 */
const SOURCE = "《Golang 天津技术栈选型决策树（2024 京津冀版）》";

/** For descriptions written once (the OpenAPI document): true of every database. */
export const RECONSTRUCTED_NOTICE = `重构的记录是依据${SOURCE}公布的汇总指标构造的，并非原始问卷，单条记录不代表真实企业的作答；管理员导入的记录标为非重构。`;

export function reconstructedNotice(total: number, reconstructed: number): { title: string; text: string } {
  if (total > 0 && reconstructed === total) {
    return {
      title: `重构记录（${total} 条）`,
      text: `逐家记录为依据${SOURCE}公布的汇总指标重构的记录，并非原始问卷；各百分比与原文一致，单条记录不代表真实企业的作答。`,
    };
  }
  if (reconstructed === 0) {
    return { title: `调研记录（${total} 条）`, text: "库中记录均为管理员导入的调研数据；各百分比按这些记录计算。" };
  }
  return {
    title: `调研记录（${total} 条，其中重构 ${reconstructed} 条）`,
    text: `${reconstructed} 条为依据${SOURCE}汇总指标重构的记录（并非原始问卷），其余 ${total - reconstructed} 条为管理员导入；各百分比按全部 ${total} 条计算，可能与原文不同。`,
  };
}
