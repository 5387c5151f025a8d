/**
 * Cover, table of contents and the running header / footer of every other page.
 */
import { formatBound, formatScore } from "@/lib/assessments/format";
import { DECISION_LABELS, SYNC_MODE_LABELS, TIER_LABELS } from "@/lib/domain/catalog";
import { KeyValues } from "../components";
import { formatDateLong, formatDateTime } from "../format";
import { PRODUCT_NAME, REPORT_TITLE, SECTIONS } from "../labels";
import { Text, View } from "../react-pdf";
import { INK, PAGE, styles, TYPE } from "../theme";
import type { ReportContext } from "./context";

export function Cover({ ctx }: { ctx: ReportContext }) {
  const { input } = ctx;
  const { result } = input;
  return (
    <View style={{ flex: 1 }}>
      <Text style={{ fontSize: TYPE.small, color: INK.muted, marginTop: 40 }}>{PRODUCT_NAME}</Text>
      <View style={{ marginTop: 90, borderLeftWidth: 4, borderLeftColor: INK.text, paddingLeft: 14 }}>
        <Text style={{ fontSize: 24, lineHeight: 1.3 }}>{input.systemName}</Text>
        <Text style={{ fontSize: 16, marginTop: 6, color: INK.muted }}>{REPORT_TITLE}</Text>
      </View>
      <KeyValues
        style={{ marginTop: 40 }}
        labelWidth={80}
        rows={[
          { label: "评估编号", value: input.shortId },
          { label: "评估版本", value: `第 ${input.version} 版` },
          { label: "评估时间", value: formatDateTime(input.evaluatedAt) },
          { label: "评估 ID", value: input.assessmentId },
        ]}
      />
      <View style={{ ...styles.box, marginTop: 30 }}>
        <Text style={{ marginBottom: 4 }}>推荐结论</Text>
        <KeyValues
          labelWidth={80}
          rows={[
            { label: "架构类型", value: result.architecture.profile.name },
            { label: "技术栈组合", value: `#${result.combination.stack.id} ${result.combination.stack.name}` },
            {
              label: "连续性要求",
              value: `${TIER_LABELS[result.rootNode.tier]}：RTO ${formatBound(result.rootNode.rtoMaxSeconds)}，RPO ${formatBound(result.rootNode.rpoMaxSeconds)}，${SYNC_MODE_LABELS[result.rootNode.syncMode]}`,
            },
            { label: "裁剪决策", value: `${DECISION_LABELS[result.pruning.decision]}（得分 ${formatScore(result.pruning.score)}）` },
          ]}
        />
      </View>
      <Text style={{ ...styles.note, position: "absolute", bottom: 0, left: 0, right: 0 }}>
        本报告由{PRODUCT_NAME}按决策规则自动生成，每一步推理及其依据（来源文章与章节）见“决策路径”。调研企业记录为依据聚合数据重建的样本。
      </Text>
    </View>
  );
}

export function Contents({ ctx }: { ctx: ReportContext }) {
  return (
    <View>
      <Text style={{ ...styles.h1, marginTop: 0 }}>目录</Text>
      {SECTIONS.map((section) => (
        <View key={section.id} style={{ flexDirection: "row", alignItems: "flex-end", marginBottom: 7 }}>
          <Text style={{ width: 48 }}>{section.number}</Text>
          <Text>{section.title}</Text>
          <View style={{ flex: 1, borderBottomWidth: 0.8, borderBottomColor: INK.faint, borderBottomStyle: "dotted", marginHorizontal: 6, marginBottom: 4 }} />
          <Text style={{ width: 28, textAlign: "right" }} render={() => ctx.pages.print(section.id)} />
        </View>
      ))}
    </View>
  );
}

/** Header and footer, repeated on every page of the Page they are placed in. */
export function PageChrome({ ctx }: { ctx: ReportContext }) {
  const { input } = ctx;
  return (
    <>
      <View fixed style={styles.header}>
        <Text style={{ maxWidth: PAGE.width - 2 * PAGE.marginX - 90, maxLines: 1, textOverflow: "ellipsis" }}>{input.systemName}</Text>
        <Text>{REPORT_TITLE}</Text>
      </View>
      <View fixed style={styles.footer}>
        <Text>{`评估 ${input.shortId} · 第 ${input.version} 版 · ${formatDateLong(input.evaluatedAt)}`}</Text>
        <Text render={({ pageNumber, totalPages }) => `第 ${pageNumber} / ${totalPages} 页`} />
      </View>
    </>
  );
}

