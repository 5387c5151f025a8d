/** Wording shown wherever the per-enterprise survey records appear (docs/decisions/003). */
export const RECONSTRUCTED_NOTICE =
  "逐家记录为依据《Golang 天津技术栈选型决策树（2024 京津冀版）》公布的汇总指标重构的记录，并非原始问卷；各百分比与原文一致，单条记录不代表真实企业的作答。";
