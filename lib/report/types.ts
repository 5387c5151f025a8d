/**
 * What a report is made from. The route handler (`GET /api/v1/assessments/{id}/report.pdf`)
 * reads an assessment and hands these plain values in; lib/report never touches the database.
 */
import type { ArchitectureType, Decision, Industry, Outcome } from "@/lib/domain/catalog";
import type { EvaluateRequest, EvaluateResponse } from "@/lib/validations/evaluate";

/** A surveyed enterprise shown for comparison. The 37 records are a reconstruction (docs/decisions/003). */
export interface ReportPeer {
  /** "TJ-07" */
  code: string;
  label: string;
  architectureType: ArchitectureType;
  industry: Industry;
  outcome: Outcome;
  /** null when the survey did not record one. */
  historicalDecision: Decision | null;
}

export interface ReportCheckScript {
  steps: { name: string; description: string }[];
  /** One instruction or command per entry, in order. */
  howToRun: string[];
  /** File name the script downloads under; the PDF attaches it under the same name. */
  filename: string;
  /** The full script, attached to the PDF byte for byte. */
  script: string;
}

export interface ReportInput {
  assessmentId: string;
  /** Short id printed on the cover, e.g. the first 8 characters of the id. */
  shortId: string;
  version: number;
  systemName: string;
  /** Also the PDF's creation and modification date, so the same assessment renders the same bytes. */
  evaluatedAt: Date;
  /** What was asked, as answered. */
  answers: EvaluateRequest;
  result: EvaluateResponse;
  peers: ReportPeer[];
  checkScript?: ReportCheckScript;
}
