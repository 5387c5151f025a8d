/**
 * 8 调研同类企业 and 附录 A 兼容性检查脚本.
 */
import { ARCHITECTURE_TYPE_LABELS, DECISION_LABELS, INDUSTRY_LABELS, OUTCOME_LABELS } from "@/lib/domain/catalog";
import { Bullets, KeyValues, Note, Paragraph, SectionHeading, SubHeading, Table } from "../components";
import { formatBytes } from "../format";
import { TEXT } from "../labels";
import { Text, View } from "../react-pdf";
import { styles } from "../theme";
import type { ReportContext } from "./context";

export function Peers({ ctx }: { ctx: ReportContext }) {
  const { peers } = ctx.input;
  return (
    <View>
      <SectionHeading id="peers" pages={ctx.pages} />
      <Note>{TEXT.peersNote}</Note>
      {peers.length === 0 ? (
        <Note>调研样本中没有与本系统同类的企业。</Note>
      ) : (
        <Table
          columns={[
            { title: "编号", width: 40 },
            { title: "企业（重建记录）", flex: 1.6 },
            { title: "架构类型", flex: 1.1 },
            { title: "行业", width: 56 },
            { title: "历史决策", flex: 1 },
            { title: "结果", flex: 1.1 },
          ]}
          rows={peers.map((p) => [
            p.code,
            p.label,
            ARCHITECTURE_TYPE_LABELS[p.architectureType],
            INDUSTRY_LABELS[p.industry],
            p.historicalDecision ? DECISION_LABELS[p.historicalDecision] : TEXT.notRecorded,
            OUTCOME_LABELS[p.outcome],
          ])}
        />
      )}
    </View>
  );
}

export function Appendix({ ctx }: { ctx: ReportContext }) {
  const { checkScript } = ctx.input;
  const { script } = ctx;
  if (!checkScript || !script) {
    return (
      <View>
        <SectionHeading id="appendix" pages={ctx.pages} />
        <Note>{TEXT.scriptMissing}</Note>
      </View>
    );
  }
  return (
    <View>
      <SectionHeading id="appendix" pages={ctx.pages} />
      <SubHeading>检查步骤</SubHeading>
      <Table
        columns={[
          { title: "步骤", width: 130 },
          { title: "说明", flex: 1 },
        ]}
        rows={checkScript.steps.map((s) => [s.name, s.description])}
      />
      <SubHeading>如何运行</SubHeading>
      <Bullets marker="#" items={checkScript.howToRun.map((line, i) => <Text key={i} style={styles.code}>{line}</Text>)} />
      <SubHeading>脚本文件</SubHeading>
      <Paragraph>{TEXT.scriptAttached}</Paragraph>
      <KeyValues
        labelWidth={80}
        rows={[
          { label: "文件名", value: <Text style={styles.code}>{script.filename}</Text> },
          { label: "大小", value: `${script.lines} 行，${formatBytes(script.bytes)}` },
          { label: "SHA-256", value: <Text style={styles.code}>{script.sha256}</Text> },
          { label: "取出附件", value: <Text style={styles.code}>{`pdfdetach -saveall 报告.pdf && sha256sum ${script.filename}`}</Text> },
        ]}
      />
      <Note>{TEXT.scriptPrinted}</Note>
    </View>
  );
}
