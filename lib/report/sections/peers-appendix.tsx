/**
 * 8 调研同类企业 and 附录 A 兼容性检查脚本.
 */
import { ARCHITECTURE_TYPE_LABELS, DECISION_LABELS, INDUSTRY_LABELS, OUTCOME_LABELS } from "@/lib/domain/catalog";
import type { PageProps } from "@react-pdf/renderer";
import { CODE_CAPTION_HEIGHT, CodePage, splitIntoPages } from "../code-block";
import { Bullets, Note, SectionHeading, SubHeading, Table } from "../components";
import { TEXT } from "../labels";
import { Page, Text, View } from "../react-pdf";
import { INK, styles, TYPE } from "../theme";
import type { ReportContext } from "./context";
import { PageChrome } from "./front";

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
  const script = ctx.input.checkScript;
  const scriptPages = ctx.code ? splitIntoPages(ctx.code.lines).length : 0;
  return (
    <View>
      <SectionHeading id="appendix" pages={ctx.pages} />
      {!script || !ctx.code ? (
        <Note>{TEXT.scriptMissing}</Note>
      ) : (
        <View>
          <SubHeading>检查步骤</SubHeading>
          <Table
            columns={[
              { title: "步骤", width: 130 },
              { title: "说明", flex: 1 },
            ]}
            rows={script.steps.map((s) => [s.name, s.description])}
          />
          <SubHeading>如何运行</SubHeading>
          <Bullets marker="#" items={script.howToRun.map((line, i) => <Text key={i} style={styles.code}>{line}</Text>)} />
          <Note>{`脚本全文（${ctx.code.lines.filter((l) => l.number !== null).length} 行）见后面 ${scriptPages} 页；行号在左，折行的续行不编号。`}</Note>
        </View>
      )}
    </View>
  );
}

/** The script's own pages: a caption and one Canvas each (see code-block.tsx). */
export function ScriptPages({ ctx, pageProps }: { ctx: ReportContext; pageProps: PageProps }) {
  const code = ctx.code;
  if (!code) return null;
  const pages = splitIntoPages(code.lines);
  return (
    <>
      {pages.map((lines, i) => {
        const first = lines.find((l) => l.number !== null)?.number ?? "";
        const last = [...lines].reverse().find((l) => l.number !== null)?.number ?? "";
        return (
          <Page key={i} {...pageProps} wrap={false}>
            <PageChrome ctx={ctx} />
            <Text style={{ height: CODE_CAPTION_HEIGHT, fontSize: TYPE.small, color: INK.muted }}>
              {`附录 A 脚本全文 · 第 ${i + 1} / ${pages.length} 部分 · 第 ${first}–${last} 行`}
            </Text>
            <CodePage lines={lines} fallbackFont={code.fallbackFont} />
          </Page>
        );
      })}
    </>
  );
}
