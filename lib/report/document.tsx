/**
 * The report as a react-pdf document: cover (no header or footer), contents, then the body
 * sections flowing page after page, each page with the running header and "第 X / Y 页".
 */
import type { ReactNode } from "react";
import { Cover, Contents, PageChrome } from "./sections/front";
import { Architecture, KnowledgeCards } from "./sections/architecture";
import type { ReportContext } from "./sections/context";
import { Appendix, Peers } from "./sections/peers-appendix";
import { Margins, Scores } from "./sections/scores";
import { Inputs, Summary } from "./sections/summary";
import { ModuleReadiness } from "./sections/gomod";
import { DecisionPath } from "./sections/trace";
import { PRODUCT_NAME, REPORT_TITLE } from "./labels";
import { Document, Page } from "./react-pdf";
import { PAGE, styles } from "./theme";

/**
 * Body pages, each group starting on a fresh page. Besides reading well in a review, separate
 * <Page>s keep react-pdf's pagination cheap: it re-lays out what remains of a <Page> at every
 * page break, so one long <Page> costs time quadratic in its length.
 */
const BODY: ((props: { ctx: ReportContext }) => ReactNode)[][] = [
  [Summary],
  [Inputs],
  [DecisionPath, ModuleReadiness],
  [Scores, Margins],
  [Architecture, KnowledgeCards],
  [Peers],
  [Appendix],
];

export function reportTitle(systemName: string): string {
  return `${systemName} ${REPORT_TITLE}`;
}

export function ReportDocument({ ctx }: { ctx: ReportContext }) {
  const { input } = ctx;
  const { result } = input;
  return (
    <Document
      title={reportTitle(input.systemName)}
      author={PRODUCT_NAME}
      subject={`${result.architecture.profile.name} · #${result.combination.stack.id} ${result.combination.stack.name}`}
      keywords="信创, Go, 技术栈选型, 天津"
      creator={PRODUCT_NAME}
      producer={PRODUCT_NAME}
      language="zh-CN"
      creationDate={input.evaluatedAt}
      modificationDate={input.evaluatedAt}
    >
      <Page size={PAGE.size} style={styles.page}>
        <Cover ctx={ctx} />
      </Page>
      <Page size={PAGE.size} style={styles.page}>
        <PageChrome ctx={ctx} />
        <Contents ctx={ctx} />
      </Page>
      {BODY.map((Sections, i) => (
        <Page key={i} size={PAGE.size} style={styles.page} wrap>
          <PageChrome ctx={ctx} />
          {Sections.map((Section, j) => (
            <Section key={j} ctx={ctx} />
          ))}
        </Page>
      ))}
    </Document>
  );
}
