import { ORIGIN_LABELS, type Provenance } from "@/lib/decision/normalizers/origin";

/** 原文 (with the article's section) or 本产品补全: the one mark every method-table row carries. */
export function OriginBadge({ origin, seedSection }: Pick<Provenance, "origin" | "seedSection">) {
  const fromArticle = origin === "article";
  return (
    <span className={`badge ${fromArticle ? "ok" : "warn"}`} style={{ whiteSpace: "nowrap", fontWeight: "normal" }}>
      {ORIGIN_LABELS[origin]}
      {fromArticle && seedSection ? ` ${seedSection}` : ""}
    </span>
  );
}
