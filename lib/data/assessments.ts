/**
 * Reads and writes of assessments: thin, no validation (the route handler parsed the body) and no
 * decisions of their own (the engine evaluates the answers). Every function takes the client to
 * use (see docs/decisions/007-code-layout.md). Versions: a submitted
 * version is never changed; saving after it opens the next version as a draft, saving again
 * updates that open draft, and submitting turns the open draft (or a new version) into a
 * submitted one.
 */
import "server-only";
import { cache } from "react";
import { applicableAnswers } from "@/lib/domain/applicability";
import { evaluateAnswers } from "@/lib/assessments/evaluate-answers";
import { newAssessmentId } from "@/lib/assessments/id";
import { getDecisionReference } from "@/lib/data/decision-reference";
import type { Db } from "@/lib/db/client";
import { conflict, invalidInput, isAppError } from "@/lib/errors";
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

interface VersionViewBase {
  version: number;
  answers: DraftAnswers;
  updatedAt: string;
  submittedAt: string | null;
}

/**
 * A version as pages, routes and downloads read it: a draft has no result; a submitted version
 * always has one — the stored result, or today's evaluation of its answers when the stored one no
 * longer matches the result schema (`resultOutdated`).
 */
export type AssessmentVersionView = VersionViewBase &
  ({ status: "draft"; result: null; resultOutdated: false } | { status: "submitted"; result: EvaluateResponse; resultOutdated: boolean });

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
export async function createAssessment(db: Db, input: VersionInput): Promise<SavedVersion> {
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
export async function saveAssessmentVersion(db: Db, id: string, input: VersionInput): Promise<SavedVersion | null> {
  try {
    return await db.$transaction((tx) => writeVersion(tx, id, input));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.$transaction((tx) => writeVersion(tx, id, input));
  }
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

type VersionRow = {
  version: number;
  status: string;
  answers: unknown;
  result: unknown;
  updatedAt: Date;
  submittedAt: Date | null;
};

async function toVersionView(db: Db, row: VersionRow): Promise<AssessmentVersionView> {
  const parsedAnswers = draftAnswersSchema.safeParse(row.answers);
  const answers = parsedAnswers.success ? parsedAnswers.data : ((row.answers ?? {}) as DraftAnswers);
  const base = { version: row.version, answers, updatedAt: row.updatedAt.toISOString(), submittedAt: iso(row.submittedAt) };
  if (row.status !== "submitted") return { ...base, status: "draft", result: null, resultOutdated: false };
  const stored = evaluateResponseSchema.safeParse(row.result);
  if (stored.success) return { ...base, status: "submitted", result: stored.data, resultOutdated: false };
  return { ...base, status: "submitted", result: await reevaluate(db, answers), resultOutdated: true };
}

/**
 * Today's result for a submitted version whose stored result no longer parses (the engine's
 * response changed since). Answers that today's engine refuses cannot be shown as a result.
 */
async function reevaluate(db: Db, answers: DraftAnswers): Promise<EvaluateResponse> {
  const reference = await getDecisionReference(db);
  let evaluation: ReturnType<typeof evaluateAnswers> | undefined;
  try {
    evaluation = evaluateAnswers(answers as Answers, reference);
  } catch (error) {
    if (!isAppError(error)) throw error;
  }
  if (evaluation?.ok) return evaluation.result;
  throw conflict("result-unavailable", "评估结果需要重新生成", "这个版本的答案不再符合当前规则：请打开评估并重新提交");
}

export type VersionChoice = number | "latest" | "latest-submitted";

/**
 * One assessment with the chosen version: a number, the latest of any status (the questionnaire
 * resumes it), or the latest submitted one (the result page), falling back to the latest draft
 * when nothing was submitted yet. Null for an unknown id or version.
 */
export const getAssessment = cache(async (db: Db, id: string, choice: VersionChoice = "latest"): Promise<AssessmentView | null> => {
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
    current: await toVersionView(db, row),
  };
});

/**
 * The version a write body stores: a draft as is, or — with `submit: true` — the answers
 * evaluated by the engine. Throws 400 before anything is written, so a submission the engine
 * refuses stores nothing.
 */
export async function prepareVersion(db: Db, body: AssessmentWrite): Promise<VersionInput> {
  const answers = applicableAnswers(answersOf(body));
  if (!body.submit) return { answers, result: null };
  const evaluation = evaluateAnswers(answers as Answers, await getDecisionReference(db));
  if (!evaluation.ok) throw invalidInput(evaluation.error, "答案无法换算为评估请求，请按字段修改后重试");
  return { answers, result: evaluation.result };
}
