/**
 * The five source articles, as a reader names them: by title, never by file name. What the product
 * takes from each and where each is known to be incomplete — shown on /sources, which every
 * "出处" in the product leans on.
 */
export interface SourceArticle {
  id: "000" | "001" | "002" | "003" | "004";
  /** How the product cites it (the title before its subtitle). */
  title: string;
  /** The article's first chapter heading, in full. */
  fullTitle: string;
  takes: string;
  gaps: string[];
}

export const SOURCE_ARTICLES: readonly SourceArticle[] = [
  {
    id: "001",
    title: "《Golang 天津技术栈选型决策树（2024 京津冀版）》",
    fullTitle: "《Golang 天津技术栈选型决策树（2024 京津冀版）：37 家本地企业调研数据 + 5 类典型架构对比》",
    takes:
      "主要来源：37 家天津企业调研的汇总指标、五类典型架构（第一章）、人才与云节点实测（第二章）、迁移案例（第三章）、决策树的根节点 / 中间节点 / 叶节点与特征校验（第四章 4.1–4.4）、信创约束，以及一段兼容性检查脚本。",
    gaps: [
      "只有汇总指标，没有逐家记录：本产品的 37 条企业记录是按这些指标重构的（见“方法与评分表”与调研页的数据说明）。",
      "几处数字被截断：跨境电商结算型的 SM2 签名吞吐量、华为云滨海节点的连接时延、第四章“未设置叶节点最小样本阈值（”之后的数值 —— 本产品一律记为未知，不猜测。",
      "叶节点推荐矩阵只给出组合 #1、#4、#7，其余组合（#2、#3、#5、#6）由本产品依据第二、三章的案例补全，并标为“补全”。",
      "文中的检查脚本有错误（go run 没有 -o 参数；构建到一个路径却运行另一个路径）：本产品的检查脚本是重新编写的。",
    ],
  },
  {
    id: "000",
    title: "《Go 语言微服务跨国通信协议选型》",
    fullTitle: "《Go 语言微服务跨国通信协议选型：gRPC-Web vs GraphQL over HTTP/2 vs REST+OpenAPI 3.1》",
    takes: "跨境链路的协议实测表（P99 延迟与错误率）及其测试条件（150 ms RTT、1.2 % 丢包、2000 QPS、72 小时），用于跨境协议知识卡片。",
    gaps: ["是单一作者在特定三地节点上的实测，没有公开原始数据与重复实验。"],
  },
  {
    id: "002",
    title: "《Go 语言以后的发展趋势》",
    fullTitle: "《Go 语言以后的发展趋势》",
    takes: "TinyGo 与 WASI 目标的体积数据与工具链趋势，用于终端设备与边缘节点的 TinyGo 知识卡片。",
    gaps: ["arduino 目标的启动内存被截断；“< 8 KB”是产品规格给出的上界，不是测量值。"],
  },
  {
    id: "003",
    title: "《Go 1.22 新特性对大厂存量系统的影响评估》",
    fullTitle: "《Go 1.22 新特性对大厂存量系统的影响评估：workstealing 调度器变更引发的 goroutine 饥饿风险》",
    takes: "CGO 与阻塞型负载在 Go 1.22 下的 goroutine 饥饿风险及排查、缓解办法，用于调度器知识卡片。",
    gaps: ["文中所说的 work stealing 变更与“约 3.7 %”的收益是文章的说法：Go 1.22 的官方发布说明没有列出这样的调度器变更，本产品按“文章所称”呈现。"],
  },
  {
    id: "004",
    title: "《服务网格演进与轻量级 Sidecar 的必要性》",
    fullTitle: "《服务网格演进与轻量级 Sidecar 的必要性》",
    takes: "轻量 Sidecar（Linkerd2-proxy、MOSN、Istio Ambient ztunnel）的内存与启动时间对比，用于 45 MB 内存上限的边缘节点知识卡片。",
    gaps: ["部分 Sidecar 的启动时间在原文中被截断，记为未知。"],
  },
];
