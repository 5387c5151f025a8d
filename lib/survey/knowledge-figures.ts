/**
 * Knowledge cards (《Go 语言微服务跨国通信协议选型》、《Go 语言以后的发展趋势》、《Go 1.22 新特性对大厂存量系统的影响评估》、《服务网格演进与轻量级 Sidecar 的必要性》) → their charts: which column is the category and
 * which numeric columns are drawn. A null cell stays null and is labelled, never drawn as a guess.
 */
import type { KnowledgeCard, KnowledgeCardId } from "@/lib/validations/reference";
import { zh } from "@/lib/domain/zh";
import { oneSeries, type ChartSpec } from "./chart-data";

export const KNOWLEDGE_MISSING_TEXT = "原文未给出/截断";

/** 《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1: edge services must fit in 45 MB — the line the sidecar sizes are read against. */
const EDGE_LIMIT = { value: 45, label: "边缘节点内存上限 45 MB" };

const CHARTS: Record<KnowledgeCardId, { labelKey: string; valueKeys: string[] }> = {
  "cross-border-protocols": { labelKey: "protocol", valueKeys: ["p99Latency", "errorRate"] },
  "go122-scheduler": { labelKey: "goVersion", valueKeys: ["wakeupLatency", "pCacheHitRate"] },
  "edge-sidecars": { labelKey: "name", valueKeys: ["memory", "startTime"] },
  "tinygo-wasi": { labelKey: "target", valueKeys: ["startupMemory"] },
};

export function cellText(value: string | number | null | undefined, unit: string | null): string {
  if (value === null || value === undefined) return KNOWLEDGE_MISSING_TEXT;
  if (typeof value === "number") {
    const text = value.toLocaleString("zh-CN", { maximumFractionDigits: 2 });
    return unit ? `${text}${unit === "%" ? "" : " "}${unit}` : text;
  }
  return value;
}

export function knowledgeCharts(card: KnowledgeCard): ChartSpec[] {
  const spec = CHARTS[card.id];
  const label = card.columns.find((c) => c.key === spec.labelKey);
  if (!label) return [];
  return spec.valueKeys.flatMap((key) => {
    const column = card.columns.find((c) => c.key === key);
    if (!column) return [];
    const items = card.rows.map((row) => {
      const raw = row[key];
      const value = typeof raw === "number" ? raw : null;
      return { category: String(row[spec.labelKey] ?? "—"), value, text: cellText(value, column.unit) };
    });
    const known = items.filter((i) => i.value !== null).sort((a, b) => a.value! - b.value!);
    const missing = items.filter((i) => i.value === null).map((i) => i.category);
    const unit = column.unit ?? "";
    const low = known[0];
    const high = known.at(-1);
    const parts = [
      known.length > 1 && low && high ? zh`${low.category}最低（${low.text}），${high.category}最高（${high.text}）` : "",
      known.length === 1 && low ? zh`只有${low.category}给出了数值（${low.text}）` : "",
      missing.length > 0 ? zh`${missing.join("、")}${KNOWLEDGE_MISSING_TEXT}` : "",
    ].filter(Boolean);
    const reference = key === "memory" && card.id === "edge-sidecars" ? EDGE_LIMIT : undefined;
    return [
      {
        id: `${card.id}-${key}`,
        title: `${column.label}${unit ? `（${unit}）` : ""}`,
        takeaway: `${parts.join("；")}。`,
        source: card.seedSection,
        data: oneSeries(column.label, items, unit, reference ? { reference, max: 50 } : {}),
      },
    ];
  });
}
