import type { CodeLine } from "../code-lines";
import type { SectionPages } from "../page-map";
import type { ReportInput } from "../types";

/** Everything a section needs, computed once per render. */
export interface ReportContext {
  input: ReportInput;
  pages: SectionPages;
  /** Knowledge-card titles by id (the trace names cards by id). */
  cardTitles: Record<string, string>;
  /** The appendix script, already wrapped; null when the assessment has no script. */
  code: { lines: CodeLine[]; fallbackFont: unknown } | null;
}
