/**
 * The decision's terms in plain words, for the glossary on /method (and wherever a term needs a
 * tooltip). The formal names are the article's; the plain ones are this product's.
 */
export const GLOSSARY_IDS = ["xinchuang", "goProficiency", "couplingInverse", "decision", "rto-rpo", "consistency", "density", "pseudo"] as const;
export type GlossaryId = (typeof GLOSSARY_IDS)[number];

export interface GlossaryTerm {
  /** Also the entry's anchor on /method (#term-<id>); the three factors use the factor's key. */
  id: GlossaryId;
  term: string;
  plain: string;
  meaning: string;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { id: "xinchuang", term: "信创适配度", plain: "能在国产软硬件上跑的程度", meaning: "目标操作系统与数据库的信创评分的平均值，乘以 CPU 系数（0–1）。低于 0.70 时暂缓裁剪。" },
  { id: "goProficiency", term: "Go 熟练度", plain: "团队用 Go 交付的把握", meaning: "按近半年上线的 Go 服务数查表，再按资深与初级人数的比例微调（0–1）。达到 0.75 才可自动化裁剪。" },
  { id: "couplingInverse", term: "系统独立性（耦合度倒数）", plain: "对外依赖越少越高，越容易单独迁走", meaning: "1 减去各类外部依赖（内部接口、消息队列、共享数据库等）的扣分之和，最低 0.11。达到 0.60 才可自动化裁剪。" },
  { id: "decision", term: "裁剪决策", plain: "存量系统怎么迁", meaning: "自动化裁剪流水线（按依赖逐个替换为 Go 服务）、人工协同评审，或暂缓裁剪。由三个因子各自的阈值决定，得分只用于排序。" },
  { id: "rto-rpo", term: "RTO / RPO", plain: "最长停机时间 / 最多丢多少数据", meaning: "业务连续性等级给出的上限：核心 RTO ≤ 15 分钟、RPO = 0；重要 RTO ≤ 2 小时、RPO ≤ 5 分钟；一般 RTO ≤ 24 小时、RPO ≤ 60 分钟。" },
  { id: "consistency", term: "强一致 / 最终一致", plain: "写完立刻处处可见 / 过一会儿才一致", meaning: "账务、交易需要强一致；可以容忍短暂不一致的数据（日志、设备状态）用最终一致。" },
  { id: "density", term: "部署密度", plain: "系统部署在哪一层", meaning: "中心云、区域中心、边缘节点、终端设备、浏览器 / 移动端离线或 CDN 边缘函数，决定叶节点推荐的技术栈组合。" },
  { id: "pseudo", term: "伪相关变量", plain: "看似有关、其实不该影响决策的特征", meaning: "如行政区划、采购周期：原文的反例多因把它们当成决策输入；本产品拒绝它们并转人工评审。" },
];

const BY_ID = new Map(GLOSSARY.map((entry) => [entry.id, entry]));

export function glossaryEntry(id: GlossaryId): GlossaryTerm {
  return BY_ID.get(id)!;
}
