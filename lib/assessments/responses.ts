/** API bodies of the assessment endpoints, from what the data functions return. */
import type { AssessmentResponse, AssessmentStatus, AssessmentWriteResponse, DraftAnswers, VersionSummary } from "@/lib/validations/assessment";
import type { EvaluateResponse } from "@/lib/validations/evaluate";
import { editPath, resultPath } from "./id";

export function assessmentWriteResponse(
  saved: { id: string; version: number; status: AssessmentStatus },
  result: EvaluateResponse | null,
): AssessmentWriteResponse {
  return {
    id: saved.id,
    url: resultPath(saved.id),
    editUrl: editPath(saved.id),
    version: saved.version,
    status: saved.status,
    ...(result ? { result } : {}),
  };
}

export interface AssessmentViewLike {
  id: string;
  systemName: string;
  createdAt: string;
  updatedAt: string;
  versions: VersionSummary[];
  current: {
    version: number;
    status: AssessmentStatus;
    answers: DraftAnswers;
    result: EvaluateResponse | null;
    updatedAt: string;
    submittedAt: string | null;
  };
}

export function assessmentResponse(view: AssessmentViewLike): AssessmentResponse {
  const { current } = view;
  return {
    id: view.id,
    url: resultPath(view.id, current.version),
    editUrl: editPath(view.id),
    systemName: view.systemName,
    version: current.version,
    status: current.status,
    answers: current.answers,
    result: current.result,
    createdAt: view.createdAt,
    updatedAt: current.updatedAt,
    submittedAt: current.submittedAt,
    versions: view.versions,
  };
}
