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
import { secretHash } from "@/lib/access/keys";
import { getDecisionReference } from "@/lib/data/decision-reference";
import type { Db } from "@/lib/db/client";
import { AppError, invalidInput, isAppError, notFound } from "@/lib/errors";
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
  /** The assessment's revision after this write (its ETag). */
  revision: number;
}

/**
 * Which revision a write expects to replace: a number from `If-Match`, or `undefined` for an
 * unconditional write (a client that sends no `If-Match`).
 */
export type ExpectedRevision = number | undefined;

interface VersionViewBase {
  version: number;
  answers: DraftAnswers;
  updatedAt: string;
  submittedAt: string | null;
}

/**
 * A version as pages, routes and downloads read it: a draft has no result; a submitted version has
 * the stored result, or today's evaluation of its answers when the stored one no longer matches
 * the result schema (`resultOutdated`) — or, when today's engine refuses those answers, none
 * (`result: null`): the questionnaire still opens it, and the result page and downloads ask for a
 * new submission.
 */
export type AssessmentVersionView = VersionViewBase &
  ({ status: "draft"; result: null; resultOutdated: false } | { status: "submitted"; result: EvaluateResponse | null; resultOutdated: boolean });

export interface AssessmentView {
  id: string;
  systemName: string;
  createdAt: string;
  updatedAt: string;
  /** Incremented by every write; the ETag a conditional write must match. */
  revision: number;
  /** `author`: who last wrote the version (null: anonymous, or before accounts). */
  versions: (VersionSummary & { author: string | null })[];
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

/** Who a new assessment belongs to: a signed-in user, or the anonymous browser holding the key. */
export type NewOwner = { userId: string } | { anonymousKeyHash: string };

/** A new assessment with its first version. */
export async function createAssessment(db: Db, input: VersionInput, owner: NewOwner): Promise<SavedVersion> {
  const id = newAssessmentId();
  const now = new Date();
  const authorId = "userId" in owner ? owner.userId : null;
  await db.assessment.create({
    data: {
      id,
      systemName: input.answers.systemName ?? "",
      revision: 1,
      ...("userId" in owner ? { ownerId: owner.userId } : { anonymousKeyHash: owner.anonymousKeyHash }),
      versions: { create: { version: 1, authorId, ...versionData(input, now) } },
    },
  });
  return { id, version: 1, status: statusOf(input), created: true, revision: 1 };
}

/** 412: someone saved the assessment after the revision this write was based on. */
const staleRevision = () =>
  new AppError({
    status: 412,
    code: "stale-revision",
    title: "评估已被修改",
    detail: "在你上次读取之后，另一个标签页或他人保存了这份评估：请重新加载，或确认用你的修改覆盖",
  });

async function writeVersion(
  tx: Tx,
  id: string,
  input: VersionInput,
  expected: ExpectedRevision,
  authorId: string | null,
): Promise<SavedVersion | null> {
  // Compare-and-set first: the UPDATE takes the row lock, so concurrent writers of one assessment
  // queue here, and of those that sent the same If-Match only the first finds its revision.
  const { count } = await tx.assessment.updateMany({
    where: { id, ...(expected === undefined ? {} : { revision: expected }) },
    data: {
      revision: { increment: 1 },
      updatedAt: new Date(),
      ...(input.answers.systemName === undefined ? {} : { systemName: input.answers.systemName }),
    },
  });
  if (count === 0) {
    if (await tx.assessment.findUnique({ where: { id }, select: { id: true } })) throw staleRevision();
    return null;
  }
  const { revision } = await tx.assessment.findUniqueOrThrow({ where: { id }, select: { revision: true } });
  const latest = await tx.assessmentVersion.findFirst({
    where: { assessmentId: id },
    orderBy: { version: "desc" },
    select: { id: true, version: true, status: true },
  });
  const data = { ...versionData(input, new Date()), authorId };
  if (latest?.status === "draft") {
    await tx.assessmentVersion.update({ where: { id: latest.id }, data });
    return { id, version: latest.version, status: data.status, created: false, revision };
  }
  const version = (latest?.version ?? 0) + 1;
  await tx.assessmentVersion.create({ data: { assessmentId: id, version, ...data } });
  return { id, version, status: data.status, created: true, revision };
}

/**
 * Saves answers into the open draft, or opens the next version; null for an unknown id, 412 when
 * `expected` is not the current revision. Writers of one assessment are serialised by the row
 * lock of the compare-and-set, so two of them never race for the same new version number.
 */
export async function saveAssessmentVersion(
  db: Db,
  id: string,
  input: VersionInput,
  expected: ExpectedRevision,
  authorId: string | null,
): Promise<SavedVersion | null> {
  return db.$transaction((tx) => writeVersion(tx, id, input, expected, authorId));
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
 * response changed since); null when today's engine refuses the answers.
 */
async function reevaluate(db: Db, answers: DraftAnswers): Promise<EvaluateResponse | null> {
  const reference = await getDecisionReference(db);
  let evaluation: ReturnType<typeof evaluateAnswers> | undefined;
  try {
    evaluation = evaluateAnswers(answers as Answers, reference);
  } catch (error) {
    if (!isAppError(error)) throw error;
  }
  return evaluation?.ok ? evaluation.result : null;
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
    include: { versions: { orderBy: { version: "asc" }, include: { author: { select: { name: true } } } } },
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
    revision: assessment.revision,
    versions: versions.map((v) => ({
      version: v.version,
      status: v.status === "submitted" ? "submitted" : "draft",
      updatedAt: v.updatedAt.toISOString(),
      submittedAt: iso(v.submittedAt),
      author: v.author?.name ?? null,
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

/**
 * A signed-in user claims the anonymous drafts of the browser they signed in from: the key's
 * assessments become theirs (decision record 008). Idempotent; a key that owns nothing claims nothing.
 */
export async function claimAnonymousAssessments(db: Db, anonymousKey: string, userId: string): Promise<number> {
  const where = { anonymousKeyHash: secretHash(anonymousKey), ownerId: null, legacy: false };
  const claimed = (await db.assessment.findMany({ where, select: { id: true } })).map((a) => a.id);
  if (claimed.length === 0) return 0;
  // The versions written anonymously are the claimant's: they were written from this browser.
  await db.$transaction([
    db.assessment.updateMany({ where: { ...where, id: { in: claimed } }, data: { ownerId: userId, anonymousKeyHash: null } }),
    db.assessmentVersion.updateMany({ where: { assessmentId: { in: claimed }, assessment: { ownerId: userId }, authorId: null }, data: { authorId: userId } }),
  ]);
  return claimed.length;
}

/** How long an assessment stays in the bin before it is purged for good. */
export const BIN_RETENTION_DAYS = 30;

export async function moveToBin(db: Db, id: string): Promise<void> {
  await db.assessment.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: new Date() } });
}

/** Restores what is still within BIN_RETENTION_DAYS; an older one is as good as purged. */
export async function restoreFromBin(db: Db, id: string, now = new Date()): Promise<void> {
  const { count } = await db.assessment.updateMany({ where: { id, deletedAt: { gte: binCutoff(now) } }, data: { deletedAt: null } });
  if (count === 0) throw notFound("回收站中没有这份评估", `它不在回收站中，或已超过 ${BIN_RETENTION_DAYS} 天`);
}

const binCutoff = (now: Date) => new Date(now.getTime() - BIN_RETENTION_DAYS * 24 * 60 * 60 * 1000);

/** Deletes what has been in the bin longer than BIN_RETENTION_DAYS (versions, links, log cascade). */
export async function purgeBin(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.assessment.deleteMany({ where: { deletedAt: { lt: binCutoff(now) } } });
  return count;
}

export type ListScope = "all" | "mine" | "shared" | "team";

export interface AssessmentListItem {
  id: string;
  systemName: string;
  updatedAt: Date;
  deletedAt: Date | null;
  versions: number;
  latestStatus: AssessmentStatus;
  /** The latest submitted version's decision, when there is one. */
  decision: string | null;
  relation: "owner" | "shared" | "team";
  owner: string | null;
}

export const LIST_LIMIT = 100;

/**
 * "我的评估": what the user owns, what is shared with them (directly or with a team of theirs) and
 * their teams' assessments; or (`bin`) what they moved to the bin. Newest first, at most LIST_LIMIT.
 */
export async function listAssessments(
  db: Db,
  userId: string,
  { q = "", scope = "all", bin = false }: { q?: string; scope?: ListScope; bin?: boolean } = {},
): Promise<AssessmentListItem[]> {
  const mine = { ownerId: userId };
  const shared = { shares: { some: { OR: [{ userId }, { team: { members: { some: { userId } } } }] } } };
  const team = { team: { members: { some: { userId } } } };
  const reach = bin ? [mine] : scope === "mine" ? [mine] : scope === "shared" ? [shared] : scope === "team" ? [team] : [mine, shared, team];
  const rows = await db.assessment.findMany({
    where: {
      OR: reach,
      deletedAt: bin ? { not: null } : null,
      // LIKE wildcards are not escaped by Prisma: they separate words, as in the enterprise search.
      AND: q.split(/[\s%_\\]+/).filter(Boolean).map((term) => ({ systemName: { contains: term } })),
    },
    orderBy: { updatedAt: "desc" },
    take: LIST_LIMIT,
    select: {
      id: true,
      systemName: true,
      updatedAt: true,
      deletedAt: true,
      ownerId: true,
      team: { select: { members: { where: { userId }, select: { userId: true } } } },
      owner: { select: { name: true } },
      // Only what the list shows: the latest version's status and the latest submitted result.
      versions: { orderBy: { version: "desc" }, take: 1, select: { status: true } },
      _count: { select: { versions: true } },
    },
  });
  const submitted = await db.assessmentVersion.findMany({
    where: { assessmentId: { in: rows.map((row) => row.id) }, status: "submitted" },
    orderBy: { version: "desc" },
    distinct: ["assessmentId"],
    select: { assessmentId: true, result: true },
  });
  const decisionOf = new Map(
    submitted.map((v) => [v.assessmentId, (v.result as { pruning?: { decision?: unknown } } | null)?.pruning?.decision]),
  );
  return rows.map((row) => {
    const decision = decisionOf.get(row.id);
    return {
      id: row.id,
      systemName: row.systemName,
      updatedAt: row.updatedAt,
      deletedAt: row.deletedAt,
      versions: row._count.versions,
      latestStatus: row.versions[0]?.status === "submitted" ? "submitted" : "draft",
      decision: typeof decision === "string" ? decision : null,
      relation: row.ownerId === userId ? "owner" : (row.team?.members.length ?? 0) > 0 && scope !== "shared" ? "team" : "shared",
      owner: row.owner?.name ?? null,
    };
  });
}
