/**
 * The charts of /insights, each with its one-line takeaway written FROM the data (so it stays true
 * after an import) and its source: the seed section for quoted figures, "重构记录" for aggregates
 * over the reconstructed per-enterprise records.
 */
import { compareKeys } from "./distributions";
import { oneSeries, type ChartSpec } from "./chart-data";
import { numberText, percentText, respondentsText, wholePercent } from "./format";
import type { ArchitectureOverview, Distribution, SurveySummary } from "./schemas";
import { zh } from "@/lib/domain/zh";

export const RECONSTRUCTED_SOURCE = "重构记录（依据《Golang 天津技术栈选型决策树（2024 京津冀版）》汇总指标重构，非原始问卷）";

/** Short axis labels for the five headline questions (the full wording is in the data table). */
const HEADLINE_SHORT: Record<string, string> = {
  topCriterionLocalOps: "运维响应为首要指标",
  hardXinchuang: "信创适配深度刚性",
  hardTjHardware: "津产硬件兼容刚性",
  requiresGoroutineFluency: "熟练 goroutine",
  requiresSchedulerSource: "懂调度器源码",
};

const CATEGORY_SHORT: Record<string, string> = {
  "pseudo-correlated": "伪相关变量",
  // "< 5" is this product's threshold: 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4 breaks off before giving one.
  "tiny-leaf": "叶节点样本 < 5（本产品阈值）",
  "redundant-path": "决策路径冗余",
  overconfident: "过度自信预测",
};

export function headlineChart(summary: SurveySummary): ChartSpec {
  const rows = summary.headlines.map((h) => ({ h, whole: wholePercent(h) }));
  const ranked = rows.filter((r) => r.whole !== null).sort((a, b) => b.whole! - a.whole!);
  const top = ranked[0];
  const bottom = ranked.at(-1);
  return {
    id: "headlines",
    title: "五项调研指标（各题作答企业中的占比）",
    takeaway:
      top && bottom
        ? `“${top.h.label}”最高（${top.whole}%），“${bottom.h.label}”最低（${bottom.whole}%）。`
        : "暂无作答数据。",
    source: `《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章、§2.1；数值由${RECONSTRUCTED_SOURCE}计算`,
    data: oneSeries(
      "占比",
      rows.map(({ h, whole }) => ({
        category: HEADLINE_SHORT[h.key] ?? h.label,
        value: whole,
        text: `${percentText(h)}（${h.numerator}/${h.denominator}）`,
      })),
      "%",
      { max: 100 },
    ),
  };
}

export function nationalChart(summary: SurveySummary): ChartSpec | null {
  const local = summary.headlines.find((h) => h.key === "topCriterionLocalOps");
  const national = summary.nationalAverage;
  if (!local || !national) return null;
  const whole = wholePercent(local);
  const gap = whole === null ? null : whole - national.percent;
  return {
    id: "national",
    title: "“本地化运维响应时效”列为首要指标：天津 vs 全国",
    takeaway:
      gap === null
        ? "天津暂无作答数据。"
        : `天津 ${whole}%（${respondentsText(local)}），${gap >= 0 ? "高出" : "低于"}全国均值 ${Math.abs(gap)} 个百分点。`,
    source: `全国均值：${national.source}；天津：${RECONSTRUCTED_SOURCE}`,
    data: oneSeries(
      "占比",
      [
        { category: "天津（调研）", value: whole, text: `${percentText(local)}（${local.numerator}/${local.denominator}）`, style: 0 },
        { category: "全国均值", value: national.percent, text: `${national.percent}%`, style: 1 },
      ],
      "%",
      { max: 100 },
    ),
  };
}

function countChart(id: string, title: string, dist: Distribution, noun: string): ChartSpec {
  const [first, second] = dist.buckets;
  const unanswered = dist.unanswered > 0 ? `；${dist.unanswered} 家未作答` : "";
  return {
    id,
    title,
    takeaway: first
      ? zh`${first.label}最多（${first.count} 家，占 ${Math.round(first.percent ?? 0)}%）${second ? zh`，其次是${second.label}（${second.count} 家）` : ""}；共 ${dist.buckets.length} 个${noun}有样本${unanswered}。`
      : "暂无数据。",
    source: RECONSTRUCTED_SOURCE,
    data: oneSeries(
      "企业数",
      dist.buckets.map((b) => ({ category: b.label, value: b.count, text: `${b.count} 家（${Math.round(b.percent ?? 0)}%）` })),
      "家",
    ),
  };
}

export const districtChart = (s: SurveySummary) => countChart("districts", "调研企业的区域分布", s.distributions.district, "区");
export const industryChart = (s: SurveySummary) => countChart("industries", "调研企业的行业分布", s.distributions.industry, "行业");

/** 《Go 1.22 新特性对大厂存量系统的影响评估》: Go 1.22 changed the scheduler; how many already run it matters for that card. */
export function goVersionChart(summary: SurveySummary): ChartSpec {
  const dist = summary.distributions.goVersion;
  const buckets = [...dist.buckets].sort((a, b) => compareKeys(a.key, b.key));
  const top = [...buckets].sort((a, b) => b.count - a.count)[0];
  const atLeast122 = buckets.filter((b) => compareKeys(b.key, "1.22") >= 0).reduce((n, b) => n + b.count, 0);
  return {
    id: "go-versions",
    title: "在用的 Go 版本",
    takeaway: top
      ? `最常用 ${top.label}（${top.count} 家）；${atLeast122} 家已在 Go 1.22 及以上，需关注文章所称的调度器变更（见知识卡片）。`
      : "暂无作答数据。",
    source: RECONSTRUCTED_SOURCE,
    data: oneSeries(
      "企业数",
      buckets.map((b) => ({ category: b.label, value: b.count, text: `${b.count} 家` })),
      "家",
    ),
  };
}

export function outcomeByArchitectureChart(overview: readonly ArchitectureOverview[]): ChartSpec {
  const used = overview.filter((a) => a.usage.enterprises > 0);
  // Compared as integers (a/b vs c/d by cross-multiplying) so a tie is found exactly and named as one.
  const higher = (a: ArchitectureOverview, b: ArchitectureOverview) =>
    a.usage.counterExamples * b.usage.enterprises - b.usage.counterExamples * a.usage.enterprises;
  const ranked = [...used].sort((a, b) => higher(b, a));
  const top = ranked[0];
  const worst = top ? ranked.filter((a) => higher(a, top) === 0) : [];
  const named = worst.map((a) => `${a.name}（${a.usage.counterExamples} / ${a.usage.enterprises} 家）`);
  return {
    id: "outcomes-by-architecture",
    title: "各架构类型的选型结果",
    takeaway:
      named.length > 1
        ? zh`反例占比并列最高的是${named.join("与")}。`
        : named.length === 1
          ? zh`反例占比最高的是${named[0]}。`
          : "暂无数据。",
    source: RECONSTRUCTED_SOURCE,
    data: {
      series: ["选型成功", "反例"],
      unit: "家",
      rows: overview.map((a) => ({
        category: a.name,
        values: [a.usage.success, a.usage.counterExamples],
        texts: [`${a.usage.success} 家`, `${a.usage.counterExamples} 家`],
      })),
    },
  };
}

export function errorCategoryChart(summary: SurveySummary): ChartSpec {
  const { share, categories } = summary.counterExamples;
  const [a, b] = categories;
  return {
    id: "error-categories",
    title: `反例的错误类别（共 ${share.numerator} 个反例，可多选）`,
    takeaway:
      a && b && share.numerator > 0
        ? `${share.numerator} 个反例中 ${percentText(a)} 使用了伪相关变量，${percentText(b)} 的叶节点样本不足 5 个（“5 个”是本产品设定的阈值，原文此句截断、未给出阈值）。`
        : "暂无反例。",
    source: `《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4；数值由${RECONSTRUCTED_SOURCE}计算`,
    data: oneSeries(
      "占反例的比例",
      categories.map((c) => ({
        category: CATEGORY_SHORT[c.category] ?? c.label,
        value: wholePercent(c),
        text: `${percentText(c)}（${c.numerator}/${c.denominator}）`,
      })),
      "%",
      { max: 100 },
    ),
  };
}

export interface CloudNodeFigures {
  id: string;
  name: string;
  iops: number | null;
  storageRttUs: number | null;
}

export function cloudNodeCharts(nodes: readonly CloudNodeFigures[]): ChartSpec[] {
  const chart = (id: string, title: string, key: "iops" | "storageRttUs", unit: string, better: "高" | "低"): ChartSpec => {
    const known = nodes.filter((n) => n[key] !== null).sort((x, y) => (y[key]! - x[key]!) * (better === "高" ? 1 : -1));
    const best = known[0];
    return {
      id,
      title,
      takeaway: best ? `${best.name}${better === "高" ? "最高" : "最低"}（${numberText(best[key], unit)}）。` : "原文未给出。",
      source: "《Golang 天津技术栈选型决策树（2024 京津冀版）》 §2.2（云节点实测）",
      data: oneSeries(
        title,
        nodes.map((n) => ({ category: n.name, value: n[key], text: numberText(n[key], unit) })),
        unit,
      ),
    };
  };
  return [
    chart("cloud-iops", "平均磁盘 IOPS（越高越好）", "iops", "", "高"),
    chart("cloud-rtt", "存储网络 RTT（μs，越低越好）", "storageRttUs", "μs", "低"),
  ];
}
