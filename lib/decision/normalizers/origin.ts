/**
 * Where each figure of a normalizer table comes from. The article (《Golang 天津技术栈选型决策树（2024 京津冀版）》) gives three worked
 * examples and two ranges (§4.2), nothing more: every other score is this product's choice and is
 * shown as such, with its reasoning, on /method and in GET /api/v1/normalizers.
 */

import { ORIGIN_LABELS, type Origin } from "@/lib/domain/provenance";

export { ORIGIN_LABELS, type Origin };

/** The primary article, named by its title as users read it (never by its file name). */
export const ARTICLE_TITLE = "《Golang 天津技术栈选型决策树（2024 京津冀版）》";
export const ARTICLE_FULL_TITLE = "《Golang 天津技术栈选型决策树（2024 京津冀版）：37 家本地企业调研数据 + 5 类典型架构对比》";

/** One scored entry of a table, as the method page and the API show it. */
export interface Provenance {
  origin: Origin;
  /** The article's section for `article` rows ("§4.2"); for `product` rows the section the reasoning leans on, if any. */
  seedSection: string | null;
  /** Why this value: the article's statement, or this product's reasoning. */
  basis: string;
}

export function seedFigure(seedSection: string, basis: string): Provenance {
  return { origin: "article", seedSection, basis };
}

export function productFigure(basis: string, seedSection: string | null = null): Provenance {
  return { origin: "product", seedSection, basis };
}
