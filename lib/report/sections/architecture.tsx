/**
 * 6 架构瓶颈与技术栈组合 and 7 知识卡片.
 */
import { formatNumber } from "@/lib/assessments/format";
import { CONSISTENCY_LABELS, DENSITY_LABELS } from "@/lib/domain/catalog";
import type { EvaluateResponse } from "@/lib/validations/evaluate";
import { Bullets, KeyValues, Note, Paragraph, SectionHeading, SubHeading, Table } from "../components";
import { ORIGIN_LABELS, TEXT } from "../labels";
import { Text, View } from "../react-pdf";
import { styles } from "../theme";
import type { ReportContext } from "./context";

type ApplicableCard = EvaluateResponse["knowledgeCards"][number];
type Cell = string | number | null | undefined;

export function Architecture({ ctx }: { ctx: ReportContext }) {
  const { architecture, combination } = ctx.input.result;
  const profile = architecture.profile;
  const stack = combination.stack;
  return (
    <View>
      <SectionHeading id="architecture" pages={ctx.pages} />
      <SubHeading>{`架构类型：${profile.name}`}</SubHeading>
      <KeyValues
        labelWidth={92}
        rows={[
          { label: "代表企业", value: profile.exampleEnterprise },
          { label: "Go 版本下限", value: `Go ${profile.goFloor}+` },
          { label: "信创适配工作量", value: `${profile.adaptationDays} 人日` },
          { label: "典型瓶颈", value: `${profile.bottleneck}（${profile.bottleneckFigure ?? TEXT.seedUnknownFigure}）` },
          ...(profile.notes ? [{ label: "说明", value: profile.notes }] : []),
          { label: "瓶颈出处", value: profile.seedSection },
          // The mitigations are this product's advice, not the seed's: labelled apart from the seed's source.
          { label: "缓解（本产品建议）", value: `${profile.mitigation}（本产品的建议，不出自原文）` },
        ]}
      />
      <SubHeading>{`技术栈组合 #${stack.id}：${stack.name}`}</SubHeading>
      <KeyValues
        labelWidth={92}
        rows={[
          { label: "运行时", value: stack.runtime },
          { label: "存储", value: stack.storage },
          { label: "协同机制", value: stack.coordination },
          { label: "典型场景", value: stack.scene },
          { label: "适用部署密度", value: stack.densities.map((d) => DENSITY_LABELS[d]).join("、") },
          { label: "提供的一致性", value: stack.consistencies.map((c) => CONSISTENCY_LABELS[c]).join("、") },
          { label: "来源", value: `${ORIGIN_LABELS[stack.origin]}${stack.seedSection ? `，${stack.seedSection}` : ""}` },
          { label: "依据", value: stack.basis },
        ]}
      />
      {!combination.consistencyMet ? (
        <View style={styles.box} wrap={false}>
          <Text>该组合不能提供本系统要求的强一致，强一致写入应回到区域中心或中心云完成（见“主要风险”）。</Text>
        </View>
      ) : null}
    </View>
  );
}

function cellText(value: Cell, unit: string | null): string {
  if (value === null || value === undefined) return TEXT.unknown;
  if (typeof value === "number") return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
  return value;
}

function Card({ applicable }: { applicable: ApplicableCard }) {
  const { card } = applicable;
  return (
    <View style={{ marginBottom: 8 }}>
      <SubHeading>{card.title}</SubHeading>
      <Note>{`出处：${card.seedSection}`}</Note>
      <Paragraph>{card.summary}</Paragraph>
      <Paragraph>
        <Text style={styles.strong}>为何适用：</Text>
        {applicable.reason}
      </Paragraph>
      {applicable.advice.length > 0 ? <Bullets items={applicable.advice} /> : null}
      <Table
        columns={card.columns.map((c, i) => ({ title: c.unit ? `${c.label}（${c.unit}）` : c.label, flex: i === 0 ? 1.4 : 1 }))}
        rows={card.rows.map((row) => card.columns.map((c) => cellText(row[c.key], null)))}
      />
      <Note>{`测试条件：${card.testConditions}`}</Note>
      {card.notes ? <Note>{`说明：${card.notes}`}</Note> : null}
    </View>
  );
}

export function KnowledgeCards({ ctx }: { ctx: ReportContext }) {
  const cards = ctx.input.result.knowledgeCards;
  return (
    <View>
      <SectionHeading id="knowledge" pages={ctx.pages} />
      {cards.length === 0 ? (
        <Note>本次评估没有适用的知识卡片。</Note>
      ) : (
        cards.map((applicable) => <Card key={applicable.card.id} applicable={applicable} />)
      )}
    </View>
  );
}
