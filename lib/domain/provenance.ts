/** Where a figure comes from: the primary article (原文) or this product's own choice (本产品补全). */
export const ORIGINS = ["article", "product"] as const;
export type Origin = (typeof ORIGINS)[number];

export const ORIGIN_LABELS: Readonly<Record<Origin, string>> = Object.freeze({
  article: "原文",
  product: "本产品补全",
});
