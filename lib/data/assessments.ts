/**
 * Reads and writes of assessments (next-learn's data.ts): thin, no validation (the route handler
 * parsed the body) and no decisions (the route evaluated the answers). Versions: a submitted
 * version is never changed; saving after it opens the next version as a draft, saving again
 * updates that open draft, and submitting turns the open draft (or a new version) into a
 * submitted one.
 */
import "server-only";
import { cache } from "react";
import { db, type Db } from "@/lib/db";
import { applicableAnswers } from "@/lib/assessments/applicability";
import { evaluateAnswers } from "@/lib/assessments/evaluate-answers";
import { newAssessmentId } from "@/lib/assessments/id";
import { getDecisionReference } from "@/lib/data/decision-reference";
import { toHttpProblem } from "@/lib/http/decision-errors";
import { validationProblem } from "@/lib/http/problem";
import {
  answersOf,
  draftAnswersSchema,
  type Answers,
  type AssessmentStatus,
  type AssessmentWrite,
  type DraftAnswers,
  type VersionSummary,
} from "@/lib/validations/assessment";
import { evaluateResponseSchema, type EvaluateResponse } from "@/lib/validations/evaluate";

export interface VersionInput {
  answers: DraftAnswers;
  /** Present when the version is submitted (evaluated). */
  result: EvaluateResponse | null;
}

export interface SavedVersion {
  id: string;
  version: number;
  status: AssessmentStatus;
  /** True when this write opened a new version rather than updating the open draft. */
  created: boolean;
}

export interface AssessmentVersionView {
  version: number;
  status: AssessmentStatus;
  answers: DraftAnswers;
  result: EvaluateResponse | null;
  /** A submitted version whose stored result no longer matches today's result schema. */
  resultOutdated: boolean;
  updatedAt: string;
  submittedAt: string | null;
}

export interface AssessmentView {
  id: string;
  systemName: string;
  createdAt: string;
  updatedAt: string;
  versions: VersionSummary[];
  current: AssessmentVersionView;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const statusOf = (input: VersionInput): AssessmentStatus => (input.result ? "submitted" : "draft");

function versionData(input: VersionInput, now: Date) {
  return {
    status: statusOf(input),
    answers: input.answers as object,
    // Prisma's JSON null for "no result" on a draft.
    result: input.result ? (input.result as object) : undefined,
    submittedAt: input.result ? now : null,
  };
}

/** A new assessment with its first version. */
export async function createAssessment(input: VersionInput): Promise<SavedVersion> {
  const id = newAssessmentId();
  const now = new Date();
  await db.assessment.create({
    data: {
      id,
      systemName: input.answers.systemName ?? "",
      versions: { create: { version: 1, ...versionData(input, now) } },
    },
  });
  return { id, version: 1, status: statusOf(input), created: true };
}

async function writeVersion(tx: Tx, id: string, input: VersionInput): Promise<SavedVersion | null> {
  const assessment = await tx.assessment.findUnique({ where: { id }, select: { id: true } });
  if (!assessment) return null;
  const latest = await tx.assessmentVersion.findFirst({
    where: { assessmentId: id },
    orderBy: { version: "desc" },
    select: { id: true, version: true, status: true },
  });
  const now = new Date();
  const data = versionData(input, now);
  if (input.answers.systemName !== undefined) {
    await tx.assessment.update({ where: { id }, data: { systemName: input.answers.systemName } });
  } else {
    await tx.assessment.update({ where: { id }, data: { updatedAt: now } });
  }
  if (latest?.status === "draft") {
    await tx.assessmentVersion.update({ where: { id: latest.id }, data });
    return { id, version: latest.version, status: data.status, created: false };
  }
  const version = (latest?.version ?? 0) + 1;
  await tx.assessmentVersion.create({ data: { assessmentId: id, version, ...data } });
  return { id, version, status: data.status, created: true };
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";

/**
 * Saves answers into the open draft, or opens the next version; null for an unknown id. Two
 * writers racing for the same new version number: the loser retries once and updates the
 * draft the winner opened.
 */
export async function saveAssessmentVersion(id: string, input: VersionInput): Promise<SavedVersion | null> {
  try {
    return await db.$transaction((tx) => writeVersion(tx, id, input));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.$transaction((tx) => writeVersion(tx, id, input));
  }
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function toVersionView(row: {
  version: number;
  status: string;
  answers: unknown;
  result: unknown;
  updatedAt: Date;
  submittedAt: Date | null;
}): AssessmentVersionView {
  const answers = draftAnswersSchema.safeParse(row.answers);
  const result = row.result === null || row.result === undefined ? null : evaluateResponseSchema.safeParse(row.result);
  return {
    version: row.version,
    status: row.status === "submitted" ? "submitted" : "draft",
    answers: answers.success ? answers.data : ((row.answers ?? {}) as DraftAnswers),
    result: result?.success ? result.data : null,
    resultOutdated: result !== null && !result.success,
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: iso(row.submittedAt),
  };
}

export type VersionChoice = number | "latest" | "latest-submitted";

/**
 * One assessment with the chosen version: a number, the latest of any status (the questionnaire
 * resumes it), or the latest submitted one (the result page), falling back to the latest draft
 * when nothing was submitted yet. Null for an unknown id or version.
 */
export const getAssessment = cache(async (id: string, choice: VersionChoice = "latest"): Promise<AssessmentView | null> => {
  const assessment = await db.assessment.findUnique({
    where: { id },
    include: { versions: { orderBy: { version: "asc" } } },
  });
  if (!assessment || assessment.versions.length === 0) return null;
  const { versions } = assessment;
  let row: (typeof versions)[number] | undefined;
  if (typeof choice === "number") row = versions.find((v) => v.version === choice);
  else if (choice === "latest-submitted") row = versions.findLast((v) => v.status === "submitted") ?? versions.at(-1);
  else row = versions.at(-1);
  if (!row) return null;
  return {
    id: assessment.id,
    systemName: assessment.systemName,
    createdAt: assessment.createdAt.toISOString(),
    updatedAt: assessment.updatedAt.toISOString(),
    versions: versions.map((v) => ({
      version: v.version,
      status: v.status === "submitted" ? "submitted" : "draft",
      updatedAt: v.updatedAt.toISOString(),
      submittedAt: iso(v.submittedAt),
    })),
    current: toVersionView(row),
  };
});

/**
 * The version a write body stores: a draft as is, or — with `submit: true` — the answers
 * evaluated by the engine. Throws 400 problems before anything is written, so a submission the
 * engine refuses stores nothing.
 */
export async function prepareVersion(body: AssessmentWrite): Promise<VersionInput> {
  const answers = applicableAnswers(answersOf(body));
  if (!body.submit) return { answers, result: null };
  const reference = await getDecisionReference();
  let evaluation: ReturnType<typeof evaluateAnswers>;
  try {
    evaluation = evaluateAnswers(answers as Answers, reference);
  } catch (error) {
    throw toHttpProblem(error);
  }
  if (!evaluation.ok) throw validationProblem(evaluation.error, "答案无法换算为评估请求，请按字段修改后重试");
  return { answers, result: evaluation.result };
}

/** Today's result for a submitted version whose stored result no longer parses (engine changed). */
export async function recomputeResult(answers: DraftAnswers): Promise<EvaluateResponse | null> {
  try {
    const evaluation = evaluateAnswers(answers as Answers, await getDecisionReference());
    return evaluation.ok ? evaluation.result : null;
  } catch {
    return null;
  }
}
