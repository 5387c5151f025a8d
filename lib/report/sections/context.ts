import type { SectionPages } from "../page-map";
import type { ReportInput } from "../types";

/** The check script as the appendix describes it; the script itself is attached to the PDF. */
export interface AttachedScript {
  filename: string;
  lines: number;
  bytes: number;
  sha256: string;
}

/** Everything a section needs, computed once per render. */
export interface ReportContext {
  input: ReportInput;
  pages: SectionPages;
  /** Knowledge-card titles by id (the trace names cards by id). */
  cardTitles: Record<string, string>;
  /** null when the assessment has no script. */
  script: AttachedScript | null;
}
