/**
 * 1 执行摘要 and 2 作答输入.
 */
import { formatBound, formatScore } from "@/lib/assessments/format";
import { DECISION_LABELS, MATCHED_BY_LABELS, SYNC_MODE_LABELS, TIER_LABELS } from "@/lib/domain/catalog";
import { answerGroups } from "../answers";
import { Bullets, KeyValues, Note, Paragraph, SectionHeading, SubHeading, Table } from "../components";
import { Text, View } from "../react-pdf";
import { styles } from "../theme";
import type { ReportContext } from "./context";

/** Warnings first (what the engine flagged), then the knowledge cards that apply. */
function topRisks(ctx: ReportContext): string[] {
  const { result } = ctx.input;
  return [
    ...result.warnings.map((w) => w.message),
    ...result.knowledgeCards.map((k) => `${k.card.title}：${k.reason}`),
  ];
}

export function Summary({ ctx }: { ctx: ReportContext }) {
  const { result } = ctx.input;
  const { rootNode, pruning, combination, architecture } = result;
  const risks = topRisks(ctx);
  return (
    <View>
      <SectionHeading id="summary" pages={ctx.pages} />
      <View style={styles.box} wrap={false}>
        <KeyValues
          labelWidth={92}
          rows={[
            { label: "架构类型", value: `${architecture.profile.name}（${MATCHED_BY_LABELS[architecture.matchedBy]}）` },
            { label: "技术栈组合", value: `#${combination.stack.id} ${combination.stack.name}` },
            { label: "业务连续性等级", value: TIER_LABELS[rootNode.tier] },
            { label: "RTO / RPO", value: `RTO ${formatBound(rootNode.rtoMaxSeconds)}，RPO ${formatBound(rootNode.rpoMaxSeconds)}` },
            { label: "数据同步方式", value: SYNC_MODE_LABELS[rootNode.syncMode] },
            {
              label: "裁剪决策",
              value: (
                <Text>
                  <Text style={styles.strong}>{DECISION_LABELS[pruning.decision]}</Text>
                  {`（得分 ${formatScore(pruning.score)}${pruning.routedToManualReview ? "；因附加特征含伪相关变量，已由阈值决策「" + DECISION_LABELS[pruning.thresholdDecision] + "」转为人工协同评审" : ""}）`}
                </Text>
              ),
            },
          ]}
        />
      </View>
      <Paragraph>{architecture.reason}。</Paragraph>
      <Paragraph>{combination.reason}。</Paragraph>
      <SubHeading>主要风险</SubHeading>
      {risks.length > 0 ? <Bullets items={risks} /> : <Note>本次评估没有触发警告，也没有适用的知识卡片。</Note>}
    </View>
  );
}

export function Inputs({ ctx }: { ctx: ReportContext }) {
  return (
    <View>
      <SectionHeading id="inputs" pages={ctx.pages} />
      <Note>架构师在问卷中的作答，按提交时的原样列出；未作答的可选问题标为“未填写”。</Note>
      {answerGroups(ctx.input.answers).map((group) => (
        <View key={group.title}>
          <SubHeading>{group.title}</SubHeading>
          <Table
            columns={[
              { title: "问题", width: 170 },
              { title: "作答", flex: 1 },
            ]}
            rows={group.rows.map((row) => [row.question, row.answer])}
          />
        </View>
      ))}
    </View>
  );
}
