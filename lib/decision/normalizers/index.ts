/**
 * Normalizers: facts → factors (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2). Each documents its table in its own file and
 * exports it as data; `normalizerTables()` gathers them, with the thresholds, the weights and the
 * article's worked examples recomputed, for the method page (/method) and GET /api/v1/normalizers,
 * so that an architect can check any factor by hand.
 */
import { FACTOR_LABELS, FACTORS, type Factor } from "@/lib/domain/catalog";
import { DEFAULT_WEIGHTS, PRUNING_THRESHOLDS } from "@/lib/domain/thresholds";
import {
  COUPLING_INVERSE_FLOOR,
  COUPLING_INVERSE_FLOOR_PROVENANCE,
  COUPLING_INVERSE_RULE,
  couplingInverseTable,
  normalizeCouplingInverse,
} from "./coupling-inverse";
import {
  GO_PROFICIENCY_MAX,
  GO_PROFICIENCY_MIN,
  GO_PROFICIENCY_RANGE_PROVENANCE,
  GO_PROFICIENCY_RULE,
  LEVEL_ADJUSTMENT_MAX,
  LEVEL_ADJUSTMENT_PROVENANCE,
  normalizeGoProficiency,
  SERVICES_SHIPPED_PROVENANCE,
  SERVICES_SHIPPED_TABLE,
} from "./go-proficiency";
import { ARTICLE_FULL_TITLE, ARTICLE_TITLE, ORIGIN_LABELS, seedFigure, type Provenance } from "./origin";
import { normalizeXinchuang, xinchuangTables } from "./xinchuang";

export * from "./coupling-inverse";
export * from "./go-proficiency";
export * from "./origin";
export * from "./xinchuang";

const THRESHOLD_PROVENANCE: Readonly<Record<Factor, Provenance>> = Object.freeze({
  xinchuang: seedFigure("§4.2", "原文 §4.2 决策流程：信创适配度 ≥ 0.70 才继续，否则暂缓裁剪"),
  goProficiency: seedFigure("§4.2", "原文 §4.2 决策流程：Go 熟练度 ≥ 0.75 且耦合度倒数 ≥ 0.60 进入自动化裁剪流水线"),
  couplingInverse: seedFigure("§4.2", "原文 §4.2 决策流程：与 Go 熟练度 ≥ 0.75 同时满足才自动化，否则人工协同评审"),
});

const WEIGHT_PROVENANCE = seedFigure("§4.2", "原文 §4.2 裁剪得分 = 0.4 × 信创适配度 + 0.35 × Go 熟练度 + 0.25 × 耦合度倒数");

/** The article's three worked examples (§4.2), recomputed by the normalizers themselves. */
export function workedExamples() {
  const xinchuang = normalizeXinchuang({ os: "kylin-v10", database: "dm8" });
  const goProficiency = normalizeGoProficiency({ servicesLast6m: 3 });
  const couplingInverse = normalizeCouplingInverse([{ kind: "internal-http", count: 2 }]);
  return {
    xinchuang: {
      facts: "银河麒麟 V10 + 达梦 DM8",
      steps: `(${xinchuang.osScore.toFixed(2)} + ${(xinchuang.databaseScore ?? 0).toFixed(2)}) ÷ 2 × CPU 系数 ${xinchuang.cpuFactor.toFixed(2)} = ${xinchuang.value.toFixed(2)}`,
      value: xinchuang.value,
      seedValue: 0.92,
    },
    goProficiency: {
      facts: "近半年 3 个 Go 微服务上线，未填团队级别",
      steps: `查表 ${goProficiency.tableValue.toFixed(2)}，级别调整 0 = ${goProficiency.value.toFixed(2)}`,
      value: goProficiency.value,
      seedValue: 0.86,
    },
    couplingInverse: {
      facts: "仅调用 2 个内部 HTTP 接口",
      steps: `1 − 2 × 0.11 = ${couplingInverse.value.toFixed(2)}`,
      value: couplingInverse.value,
      seedValue: 0.78,
    },
  };
}

/** Every normalizer's rule and table, each row with its origin — what /method and the API show. */
export function normalizerTables() {
  const last = SERVICES_SHIPPED_TABLE.length - 1;
  return {
    source: { title: ARTICLE_FULL_TITLE, shortTitle: ARTICLE_TITLE },
    origins: ORIGIN_LABELS,
    notice:
      "标为「本产品补全」的分值与规则是本产品的取法，不是原文的数据；原文只给出三个换算示例、两个取值范围、三个门槛和三个权重（均在 §4.2）。",
    thresholds: FACTORS.map((factor) => ({
      factor,
      label: FACTOR_LABELS[factor],
      value: PRUNING_THRESHOLDS[factor],
      ...THRESHOLD_PROVENANCE[factor],
    })),
    weights: FACTORS.map((factor) => ({ factor, label: FACTOR_LABELS[factor], value: DEFAULT_WEIGHTS[factor], ...WEIGHT_PROVENANCE })),
    examples: workedExamples(),
    xinchuang: xinchuangTables(),
    goProficiency: {
      rule: GO_PROFICIENCY_RULE,
      range: { min: GO_PROFICIENCY_MIN, max: GO_PROFICIENCY_MAX, ...GO_PROFICIENCY_RANGE_PROVENANCE },
      servicesShipped: SERVICES_SHIPPED_TABLE.map((value, services) => ({
        services,
        orMore: services === last,
        value,
        ...(SERVICES_SHIPPED_PROVENANCE[services] as Provenance),
      })),
      levelAdjustment: { max: LEVEL_ADJUSTMENT_MAX, ...LEVEL_ADJUSTMENT_PROVENANCE },
    },
    couplingInverse: {
      rule: COUPLING_INVERSE_RULE,
      floor: { value: COUPLING_INVERSE_FLOOR, ...COUPLING_INVERSE_FLOOR_PROVENANCE },
      weights: couplingInverseTable(),
    },
  };
}
