/**
 * Registry of pseudo-correlated features (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4): variables that correlated with past
 * outcomes without causing them — 83 % of the 12 counter-examples used one, e.g. the district
 * code that happened to track the procurement cycle. Offered as an extra feature, such a variable
 * is refused as a decision input and the case is routed to manual review.
 */

export interface PseudoCorrelatedFeature {
  id: string;
  label: string;
  /** Names that mean this feature; matched case-, space-, "_", "-" and "." insensitively. */
  aliases: readonly string[];
  reason: string;
}

export const PSEUDO_CORRELATED_FEATURES: readonly PseudoCorrelatedFeature[] = Object.freeze([
  {
    id: "district",
    label: "所在区 / 行政区划代码",
    aliases: ["district", "districtCode", "districtId", "adminCode", "adcode", "regionCode", "所在区", "行政区", "行政区划", "行政区划代码", "区划代码"],
    reason: "行政区划代码与采购周期伪相关，不是选型的成因（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4）",
  },
  {
    id: "procurement-cycle",
    label: "采购周期",
    aliases: ["procurementCycle", "procurement", "procurementBatch", "采购周期", "采购批次"],
    reason: "采购周期随行政区划变化，与选型结果只是伪相关（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4）",
  },
  {
    id: "postal-code",
    label: "邮政编码",
    aliases: ["postalCode", "postCode", "zipCode", "zip", "邮编", "邮政编码"],
    reason: "邮编是行政区划的代理变量，同样伪相关（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4）",
  },
  {
    id: "enterprise-code",
    label: "企业编号",
    aliases: ["enterpriseCode", "enterpriseId", "companyId", "企业编号"],
    reason: "编号只是标识符，作为分裂特征只会让树记住个别企业（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4 小样本叶节点）",
  },
]);

export function normalizeFeatureName(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]/g, "");
}

const BY_ALIAS: ReadonlyMap<string, PseudoCorrelatedFeature> = new Map(
  PSEUDO_CORRELATED_FEATURES.flatMap((feature) => feature.aliases.map((alias) => [normalizeFeatureName(alias), feature] as const)),
);

export function pseudoCorrelatedFeature(name: string): PseudoCorrelatedFeature | undefined {
  return BY_ALIAS.get(normalizeFeatureName(name));
}

export interface RefusedFeature {
  name: string;
  featureId: string;
  reason: string;
}

export interface FeatureScreening {
  refused: RefusedFeature[];
  /** Not pseudo-correlated, but not an input of today's tree either: shown, never used. */
  unused: string[];
}

/** Shared answer when nothing was offered: the common case allocates nothing. */
const NOTHING_OFFERED: FeatureScreening = Object.freeze({
  refused: Object.freeze([]) as unknown as RefusedFeature[],
  unused: Object.freeze([]) as unknown as string[],
});

export function screenExtraFeatures(extraFeatures: Readonly<Record<string, unknown>> | undefined): FeatureScreening {
  if (extraFeatures === undefined) return NOTHING_OFFERED;
  const names = Object.keys(extraFeatures);
  if (names.length === 0) return NOTHING_OFFERED;
  const screening: FeatureScreening = { refused: [], unused: [] };
  for (const name of names) {
    const feature = pseudoCorrelatedFeature(name);
    if (feature) screening.refused.push({ name, featureId: feature.id, reason: feature.reason });
    else screening.unused.push(name);
  }
  return screening;
}

export const VALIDATION_RULE =
  "附加特征逐一校验：登记为伪相关的特征（行政区划、采购周期、邮编、企业编号等）拒绝作为决策输入，并把自动化裁剪改为人工协同评审（暂缓裁剪保持不变）；其他附加特征不是当前决策树的输入，只展示不使用。所在区只用于同区企业对比，从不参与决策";
