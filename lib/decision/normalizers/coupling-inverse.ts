/**
 * 耦合度倒数 from the legacy system's dependencies
 * (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2 worked example: 仅调用 2 个内部 HTTP 接口 → 0.78; range (0.10, 1.00]).
 *
 *   couplingInverse = max(0.11, 1 − Σ weight(kind) × count), rounded to 2 decimals.
 *
 * 0.11 per internal HTTP interface is the seed's example solved for the weight. The other kinds
 * are weighed by how much of the dependency must move with the system; no dependencies → 1.00.
 * The floor is 0.11 because the seed's range excludes 0.10.
 */
import { DEPENDENCY_KIND_LABELS, type DependencyKind } from "@/lib/domain/catalog";
import type { Dependency } from "@/lib/validations/evaluate";
import { DecisionInputError } from "../errors";
import { productFigure, seedFigure, type Provenance } from "./origin";
import { round2 } from "./round";

export const COUPLING_INVERSE_FLOOR = 0.11;

export const DEPENDENCY_WEIGHTS: Readonly<Record<DependencyKind, { weight: number; why: string }>> = Object.freeze({
  "internal-http": { weight: 0.11, why: "同步调用；由原文示例（2 个 → 0.78）反推" },
  "internal-rpc": { weight: 0.13, why: "同步调用，且常绑定框架或 IDL 生成的客户端，需一并替换" },
  "message-queue": { weight: 0.07, why: "异步解耦，迁移期可双写或桥接" },
  "shared-database": { weight: 0.25, why: "直接读写他方库表，数据模型须同步改造，耦合最深" },
  "file-exchange": { weight: 0.05, why: "批量文件交换，只需保持文件格式" },
  "external-api": { weight: 0.08, why: "第三方契约稳定，由对方维护" },
  "proprietary-protocol": { weight: 0.2, why: "Modbus/PLC/主机报文等需要协议适配层" },
});

/** Only the internal-HTTP weight follows from the article; the others are this product's. */
export const DEPENDENCY_WEIGHT_PROVENANCE: Readonly<Record<DependencyKind, Provenance>> = Object.freeze({
  "internal-http": seedFigure("§4.2", "原文 §4.2 示例：仅调用 2 个内部 HTTP 接口 → 0.78；按本产品的线性规则反推，1 − 2 × 0.11 = 0.78"),
  "internal-rpc": productFigure(DEPENDENCY_WEIGHTS["internal-rpc"].why),
  "message-queue": productFigure(DEPENDENCY_WEIGHTS["message-queue"].why),
  "shared-database": productFigure(DEPENDENCY_WEIGHTS["shared-database"].why),
  "file-exchange": productFigure(DEPENDENCY_WEIGHTS["file-exchange"].why),
  "external-api": productFigure(DEPENDENCY_WEIGHTS["external-api"].why),
  "proprietary-protocol": productFigure(DEPENDENCY_WEIGHTS["proprietary-protocol"].why),
});

export const COUPLING_INVERSE_FLOOR_PROVENANCE: Provenance = productFigure(
  "原文 §4.2 的取值范围是 (0.10, 1.00]，不含 0.10；本产品把下限取为 0.11",
  "§4.2",
);

export const COUPLING_INVERSE_RULE =
  "耦合度倒数 = max(0.11, 1 − Σ 依赖权重×数量)，保留两位小数；内部 HTTP 0.11、内部 RPC 0.13、消息队列 0.07、共享数据库 0.25、文件交换 0.05、外部接口 0.08、专有协议 0.20；无依赖 = 1.00";

export type NormalizedCouplingInverse = {
  value: number;
  penalty: number;
  floored: boolean;
};

export function normalizeCouplingInverse(dependencies: readonly Dependency[]): NormalizedCouplingInverse {
  let penalty = 0;
  dependencies.forEach((dependency, index) => {
    const entry = Object.hasOwn(DEPENDENCY_WEIGHTS, dependency.kind) ? DEPENDENCY_WEIGHTS[dependency.kind] : undefined;
    const { count } = dependency;
    if (entry === undefined || !(Number.isInteger(count) && count >= 0)) {
      throw new DecisionInputError("INVALID_FACTS", "依赖类型未知或数量不是非负整数", [
        "facts",
        "couplingInverse",
        "dependencies",
        index,
      ]);
    }
    penalty += entry.weight * count;
  });
  const raw = 1 - penalty;
  const floored = raw < COUPLING_INVERSE_FLOOR;
  return { value: floored ? COUPLING_INVERSE_FLOOR : round2(raw), penalty: round2(penalty), floored };
}

/** The weight table as rows the UI can show, each with its provenance. */
export function couplingInverseTable() {
  return (Object.keys(DEPENDENCY_WEIGHTS) as DependencyKind[]).map((kind) => ({
    kind,
    label: DEPENDENCY_KIND_LABELS[kind],
    ...DEPENDENCY_WEIGHTS[kind],
    ...DEPENDENCY_WEIGHT_PROVENANCE[kind],
  }));
}
