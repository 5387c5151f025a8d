/**
 * 4 得分构成 and 5 阈值余量.
 */
import { formatDistance, formatFactor, formatScore } from "@/lib/assessments/format";
import { DECISION_LABELS, FACTOR_LABELS } from "@/lib/domain/catalog";
import { SCORE_ROLE } from "@/lib/decision/what-if";
import type { Margin } from "@/lib/validations/evaluate";
import { ScoreBreakdownChart } from "../charts";
import { Note, Paragraph, SectionHeading, SubHeading, Table } from "../components";
import { View } from "../react-pdf";
import type { ReportContext } from "./context";

export function Scores({ ctx }: { ctx: ReportContext }) {
  const { pruning } = ctx.input.result;
  return (
    <View>
      <SectionHeading id="scores" pages={ctx.pages} />
      <SubHeading>得分构成</SubHeading>
      <Paragraph>
        {`得分 = Σ 权重 × 因子 = ${formatScore(pruning.score)}（《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2）。浅色长条为因子值，深色短条为其对得分的贡献（权重 × 因子），虚线为该因子的决策阈值。`}
      </Paragraph>
      <ScoreBreakdownChart pruning={pruning} />
      <Note>{SCORE_ROLE}</Note>
    </View>
  );
}

function flipText(margin: Margin): string {
  if (!margin.flip) return "不会翻转";
  const { direction, at, inclusive, to } = margin.flip;
  const bound = direction === "lower" ? `< ${formatFactor(at)}` : inclusive ? `≥ ${formatFactor(at)}` : `> ${formatFactor(at)}`;
  return `${bound} → ${DECISION_LABELS[to]}`;
}

export function Margins({ ctx }: { ctx: ReportContext }) {
  const { pruning } = ctx.input.result;
  return (
    <View>
      <SectionHeading id="margins" pages={ctx.pages} />
      <Note>每个因子离其阈值还有多远，以及在另外两个因子不变时，它越过阈值会把决策变成什么（边界值计为通过）。</Note>
      <Table
        columns={[
          { title: "因子", width: 66 },
          { title: "当前值", width: 40, align: "right" },
          { title: "阈值", width: 36, align: "right" },
          { title: "余量", width: 40, align: "right" },
          { title: "是否通过", width: 44 },
          { title: "翻转条件", width: 104 },
          { title: "说明", flex: 1 },
        ]}
        rows={pruning.margins.map((m) => [
          FACTOR_LABELS[m.factor],
          formatFactor(m.value),
          formatFactor(m.threshold),
          formatDistance(m.distance),
          m.passes ? "通过" : "未通过",
          flipText(m),
          m.reason,
        ])}
      />
      <Paragraph>
        {`阈值决策：${DECISION_LABELS[pruning.thresholdDecision]}；最终决策：${DECISION_LABELS[pruning.decision]}${pruning.routedToManualReview ? "（附加特征含伪相关变量，转人工协同评审）" : ""}。`}
      </Paragraph>
    </View>
  );
}
