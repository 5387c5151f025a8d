/**
 * The recommendation in plain language: what the cut-over decision means for the legacy system
 * and which factors put it there (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2 thresholds).
 */
import { DECISION_LABELS, FACTOR_LABELS, FACTORS } from "@/lib/domain/catalog";
import type { EvaluateResponse } from "@/lib/validations/evaluate";
import { formatFactor } from "./format";
import { zh } from "@/lib/domain/zh";

type Pruning = EvaluateResponse["pruning"];

const NEXT_STEP = {
  automated: "存量系统可以进入自动化裁剪流水线：按依赖逐个替换为 Go 服务，流水线内完成构建、国产化环境验证与灰度切换。",
  "manual-review": "存量系统的裁剪需要人工协同评审：由架构师与业务方逐项确认迁移范围、顺序和回退方案后再推进。",
  defer: "建议暂缓裁剪存量系统：先完成操作系统、数据库等信创替换，信创适配度达到 0.70 后再重新评估。",
} as const;

/** One paragraph: the decision, why (the factors that decided it), and what to do next. */
export function decisionExplanation(pruning: Pruning): string {
  const failing = pruning.margins.filter((m) => !m.passes);
  const text = (m: Pruning["margins"][number]) => `${FACTOR_LABELS[m.factor]} ${formatFactor(m.value)} 低于 ${formatFactor(m.threshold)}`;
  let why: string;
  if (pruning.decision === "defer") {
    why = `${text(pruning.margins.find((m) => m.factor === "xinchuang")!)}。`;
  } else if (pruning.routedToManualReview) {
    why = "三个因子都达到阈值，但附加特征中含伪相关变量（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4），按规则转人工协同评审。";
  } else if (failing.length === 0) {
    why = `${FACTORS.map((f) => FACTOR_LABELS[f]).join("、")}都达到阈值。`;
  } else {
    why = zh`信创适配度达标，但${failing.map(text).join("，")}。`;
  }
  return `${DECISION_LABELS[pruning.decision]}：${why}${NEXT_STEP[pruning.decision]}`;
}
