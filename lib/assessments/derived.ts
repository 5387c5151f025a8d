/**
 * The factor values the normalizers derive from the facts entered so far (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2), for
 * the questionnaire to show next to the facts as the architect types. Pure and cheap: the same
 * functions the engine runs, on whatever is complete; null while a factor's facts are missing.
 */
import type { Factor } from "@/lib/domain/catalog";
import { normalizeCouplingInverse } from "@/lib/decision/normalizers/coupling-inverse";
import { normalizeGoProficiency } from "@/lib/decision/normalizers/go-proficiency";
import { normalizeXinchuang } from "@/lib/decision/normalizers/xinchuang";
import { meetsThreshold } from "@/lib/decision/thresholds";
import { PRUNING_THRESHOLDS } from "@/lib/domain/thresholds";
import type { Dependency } from "@/lib/validations/evaluate";
import type { DraftAnswers } from "@/lib/validations/assessment";
import { isExpert } from "@/lib/domain/applicability";
import { formatDistance, formatFactor } from "./format";
import { cryptoOf } from "./to-evaluate-request";

export interface DerivedFactor {
  value: number;
  /** How the value came about, in one line. */
  explanation: string;
  threshold: number;
  passes: boolean;
}

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;

function withThreshold(factor: Factor, value: number, explanation: string): DerivedFactor {
  const threshold = PRUNING_THRESHOLDS[factor];
  return { value, explanation, threshold, passes: meetsThreshold(value, threshold) };
}

function xinchuang(a: DraftAnswers): DerivedFactor | null {
  if (a.os === undefined || a.database === undefined) return null;
  const crypto = cryptoOf(a);
  const r = normalizeXinchuang({ os: a.os, database: a.database, cpu: a.cpu, crypto });
  const base =
    r.databaseScore === null
      ? `操作系统 ${formatFactor(r.osScore)}`
      : `平均(操作系统 ${formatFactor(r.osScore)}，数据库 ${formatFactor(r.databaseScore)})`;
  const cpu = r.cpuAssessed ? `CPU 系数 ${formatFactor(r.cpuFactor)}` : "CPU 未选（系数 1.00）";
  return withThreshold("xinchuang", r.value, `${base} × ${cpu} = ${formatFactor(r.value)}（国密不计分，单独检查）`);
}

function goProficiency(a: DraftAnswers): DerivedFactor | null {
  if (!isCount(a.servicesLast6m)) return null;
  const t = a.team;
  const levels = t && isCount(t.junior) && isCount(t.mid) && isCount(t.senior) ? { junior: t.junior, mid: t.mid, senior: t.senior } : undefined;
  const r = normalizeGoProficiency({ servicesLast6m: a.servicesLast6m, levels });
  const adjustment = levels ? `级别调整 ${formatDistance(r.levelAdjustment)}` : "级别调整待填";
  return withThreshold("goProficiency", r.value, `查表 ${formatFactor(r.tableValue)}（${a.servicesLast6m} 个服务）${adjustment} → ${formatFactor(r.value)}`);
}

function couplingInverse(a: DraftAnswers): DerivedFactor | null {
  if (a.dependencies === undefined) return null;
  const complete = a.dependencies.filter((d): d is Dependency => d.kind !== undefined && isCount(d.count));
  const r = normalizeCouplingInverse(complete);
  const text = r.floored
    ? `1 − 依赖扣分 ${formatFactor(r.penalty)} 低于下限，取 ${formatFactor(r.value)}`
    : `1 − 依赖扣分 ${formatFactor(r.penalty)} = ${formatFactor(r.value)}`;
  return withThreshold("couplingInverse", r.value, complete.length === 0 ? "没有外部依赖 = 1.00" : text);
}

const DERIVERS: Record<Factor, (a: DraftAnswers) => DerivedFactor | null> = { xinchuang, goProficiency, couplingInverse };

/** The derived value of one factor, or null when it is entered directly or its facts are incomplete. */
export function derivedFactor(answers: DraftAnswers, factor: Factor): DerivedFactor | null {
  if (isExpert(answers, factor)) return null;
  try {
    return DERIVERS[factor](answers);
  } catch {
    return null; // a value the schema will flag next to its field
  }
}
