/**
 * The questionnaire's answers: ONE definition used by the form (react-hook-form resolver), the
 * route handlers (parse at the boundary) and the OpenAPI document.
 *
 * Two strengths of the same shape:
 *  - `draftAnswersSchema`: every field may be missing (a draft is saved while the architect goes),
 *    but every field that is there is shape- and range-checked;
 *  - `answersSchema`: complete, required fields present, plus the conditional requirements of
 *    lib/assessments/applicability.ts (crypto only for finance / SM, memory only for edge/device,
 *    facts unless the factor is entered directly in expert mode).
 *
 * Field schemas are taken from lib/validations/evaluate.ts so messages and ranges agree with the
 * engine's own API.
 */
import { z } from "@/lib/validations/zod";
import { DENSITIES, FACTOR_LABELS, FACTORS, INDUSTRIES, KYLIN_SERVICE_PACKS, type Factor } from "@/lib/domain/catalog";
import { GO_VERSION_OPTIONS, MAX_DEPENDENCY_ROWS, SYSTEM_NAME_MAX } from "@/lib/domain/assessment-constants";
import { ASSESSMENT_ID_PATTERN } from "@/lib/domain/assessment-constants";
import {
  cryptoModeApplies,
  FACT_FIELDS,
  isExpert,
  memoryLimitApplies,
  smQuestionApplies,
  type ApplicabilityInput,
} from "@/lib/domain/applicability";
import {
  dependencySchema,
  evaluateRequestSchema,
  gomodScanSchema,
  evaluateResponseSchema,
  factorValuesSchema,
  goProficiencyFactsSchema,
  scenarioSchema,
  teamLevelsSchema,
  xinchuangFactsSchema,
} from "@/lib/validations/evaluate";
import { absentOr, present, type JsonSchema } from "@/lib/validations/json-schema";

export { GO_VERSION_OPTIONS, MAX_DEPENDENCY_ROWS, SYSTEM_NAME_MAX };

/**
 * The pasted go.mod kept with the answers, up to 24 KiB of text (the Kubernetes go.mod is about
 * 13 KB). Every autosave sends all answers in one body of at most 64 KB (lib/http/route.ts,
 * MAX_JSON_BYTES, and the browser's limit for keepalive requests), so a larger file is scanned
 * but only its scan is kept.
 */
export const GOMOD_TEXT_MAX = 24 * 1024;

const gomodAnswerSchema = z
  .strictObject(
    {
      text: z
        .string({ error: "go.mod 内容必须是文本" })
        .max(GOMOD_TEXT_MAX, `保存的 go.mod 不能超过 ${GOMOD_TEXT_MAX / 1024} KB（更大的文件只保存扫描结果）`)
        .optional()
        .meta({ description: "粘贴或上传的 go.mod 全文；超过 24 KB 时省略，只保存扫描结果" }),
      fileName: z.string().max(200, "文件名不能超过 200 个字符").regex(/^[^\p{C}]*$/u, "文件名不能包含控制字符").optional().meta({ description: "上传的文件名" }),
      scan: gomodScanSchema,
    },
    { error: (iss) => (iss.code === "unrecognized_keys" ? `不支持的字段：${iss.keys.join("、")}` : "gomod 必须是对象") },
  )
  .meta({ description: "存量系统的 go.mod 与其模块扫描结果（连同扫描所用的知识库版本）；进入决策路径、检查脚本与 PDF" });

const flag = (label: string) =>
  z.boolean({ error: (iss) => (iss.input === undefined ? `请选择${label}` : `${label}必须是 true 或 false`) });

const scenario = scenarioSchema.shape;
const xinchuangFacts = xinchuangFactsSchema.shape;

const systemName = z
  .string({ error: (iss) => (iss.input === undefined ? "请填写系统名称" : "系统名称必须是文本") })
  .trim()
  // A pattern rather than min(1): the document states it too (minLength 1 would admit "   ").
  .regex(/\S/, "请填写系统名称")
  .max(SYSTEM_NAME_MAX, `系统名称不能超过 ${SYSTEM_NAME_MAX} 个字符`)
  .meta({ description: "要建设或迁移的系统名称", example: "滨海新区银行开放 API 网关" });

const expertSchema = z
  .strictObject(
    {
      xinchuang: flag("信创适配度的填写方式").optional(),
      goProficiency: flag("Go 熟练度的填写方式").optional(),
      couplingInverse: flag("耦合度倒数的填写方式").optional(),
    },
    { error: "专家模式必须是对象" },
  )
  .meta({ description: "专家模式：为 true 的因子直接在 factors 中给出 0–1 的值，不再由事实推导" });

const dependencies = <T extends z.ZodType>(item: T) =>
  z
    .array(item, { error: "依赖列表必须是数组" })
    .max(MAX_DEPENDENCY_ROWS, `依赖条目不能超过 ${MAX_DEPENDENCY_ROWS} 条`)
    .optional()
    .meta({ description: "存量系统的外部依赖（耦合度倒数的事实）；没有依赖时为 []", example: [{ kind: "internal-http", count: 2 }] });

/** The shared shape; `complete` makes the always-required questions required. */
function answersShape<C extends boolean>(complete: C) {
  type Req<T extends z.ZodType> = C extends true ? T : z.ZodOptional<T>;
  const req = <T extends z.ZodType>(schema: T) => (complete ? schema : schema.optional()) as Req<T>;
  const pick = <A, B>(whenComplete: A, whenDraft: B) => (complete ? whenComplete : whenDraft) as C extends true ? A : B;
  return {
    // Step 1: 系统与场景
    systemName: req(systemName),
    industry: req(scenario.industry),
    district: scenario.district,
    workload: req(scenario.workload),
    crossBorder: req(flag("是否有跨境链路").meta({ description: "系统是否有跨境链路", example: false })),
    // Step 2: 目标环境 (facts of 信创适配度, unless expert)
    os: xinchuangFacts.os.optional().meta({ description: "目标操作系统（信创适配度的事实；专家模式下省略）", example: "kylin-v10" }),
    // Optional even when complete: answers saved before the question existed stay valid, and an
    // unanswered service pack is checked as SP3 (the assumption is shown in review and result).
    kylinServicePack: z
      .enum(KYLIN_SERVICE_PACKS, { error: "麒麟 V10 服务包须为 sp1、sp2 或 sp3" })
      .optional()
      .meta({ description: "银河麒麟 V10 的服务包（仅 os 为 kylin-v10 时适用，其余系统忽略）；不填按 SP3 检查", example: "sp3" }),
    database: xinchuangFacts.database.optional().meta({ description: "数据库（信创适配度的事实）", example: "dm8" }),
    cpu: xinchuangFacts.cpu.meta({ description: "CPU 系列（信创适配度的事实）", example: "phytium" }),
    smRequired: flag("是否需要国密算法")
      .optional()
      .meta({ description: "是否需要 SM2/SM3/SM4；金融、政务行业不问（必须国密），其余行业必填", example: true }),
    crypto: scenario.crypto.meta({
      description: "国密要求；金融、政务行业或 smRequired 为 true 时必填",
      example: "sm-tls13",
    }),
    cgo: req(flag("是否启用 CGO").meta({ description: "是否以 CGO_ENABLED=1 构建", example: true })),
    goVersion: req(
      z
        .enum(GO_VERSION_OPTIONS, { error: (iss) => (iss.input === undefined ? "请选择计划使用的 Go 版本" : "Go 版本不在可选范围内") })
        .meta({ description: "计划使用的 Go 版本", example: "1.22" }),
    ),
    // Step 3: 团队 (facts of Go 熟练度, unless expert)
    servicesLast6m: goProficiencyFactsSchema.shape.servicesLast6m
      .optional()
      .meta({ description: "近半年上线的 Go 服务数（Go 熟练度的事实）", example: 3 }),
    team: pick(teamLevelsSchema.optional(), teamLevelsSchema.partial().optional()),
    // Step 4: 存量系统 (facts of 耦合度倒数, unless expert)
    dependencies: pick(dependencies(dependencySchema), dependencies(dependencySchema.partial())),
    gomod: gomodAnswerSchema.optional(),
    // Step 5: 部署与连续性
    density: req(scenario.density),
    consistency: req(scenario.consistency),
    memoryLimitMb: scenario.memoryLimitMb.meta({
      description: "单个服务的内存上限（MB）；部署在边缘节点或终端设备时必填",
      example: 45,
    }),
    tier: req(evaluateRequestSchema.shape.tier),
    // Expert mode, per factor
    expert: expertSchema.optional(),
    factors: factorValuesSchema.optional(),
  };
}

type AnswersLike = ApplicabilityInput & Record<string, unknown>;

const missing = (value: unknown) => value === undefined || value === null;

/** The requirements that depend on other answers (lib/assessments/applicability.ts). */
function requireApplicable(answers: unknown, ctx: z.RefinementCtx): void {
  if (typeof answers !== "object" || answers === null) return;
  const a = answers as AnswersLike;
  const need = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message, input: undefined });
  if (smQuestionApplies(a) && missing(a.smRequired)) need(["smRequired"], "请选择是否需要国密算法");
  if (cryptoModeApplies(a) && missing(a.crypto)) need(["crypto"], "请选择国密要求");
  if (memoryLimitApplies(a) && missing(a.memoryLimitMb)) need(["memoryLimitMb"], "请填写内存上限（MB）");
  for (const factor of FACTORS) requireFactor(a, factor, need);
}

const FACT_MESSAGES: Record<string, string> = {
  os: "请选择目标操作系统",
  database: "请选择数据库",
  cpu: "请选择 CPU",
  servicesLast6m: "请填写近半年交付的 Go 服务数",
  dependencies: "请填写存量系统的依赖（没有依赖请传 []）",
};

const TEAM_LEVELS = ["junior", "mid", "senior"] as const;
const TEAM_MESSAGES: Record<(typeof TEAM_LEVELS)[number], string> = {
  junior: "请填写初级人数",
  mid: "请填写中级人数",
  senior: "请填写资深人数",
};

function requireFactor(a: AnswersLike, factor: Factor, need: (path: (string | number)[], message: string) => void) {
  if (isExpert(a, factor)) {
    const factors = a.factors as Partial<Record<Factor, unknown>> | undefined;
    if (missing(factors?.[factor])) need(["factors", factor], `请填写${FACTOR_LABELS[factor]}（0–1）`);
    return;
  }
  for (const field of FACT_FIELDS[factor]) {
    if (field === "team") {
      const team = (typeof a.team === "object" && a.team !== null ? a.team : {}) as Record<string, unknown>;
      for (const level of TEAM_LEVELS) if (missing(team[level])) need(["team", level], TEAM_MESSAGES[level]);
      const total = TEAM_LEVELS.reduce((sum, level) => sum + (typeof team[level] === "number" ? (team[level] as number) : 0), 0);
      if (TEAM_LEVELS.every((level) => typeof team[level] === "number") && total === 0) {
        need(["team"], "Go 团队至少 1 人");
      }
    } else if (missing(a[field])) {
      need([field], FACT_MESSAGES[field] ?? `请填写${field}`);
    }
  }
}

/** Runs even when other fields failed, so every missing answer is reported at once (all steps). */
const ALWAYS = { when: () => true };

const SM_MANDATED = INDUSTRIES.filter((industry) => !smQuestionApplies({ industry }));
const MEMORY_BOUND = DENSITIES.filter((density) => memoryLimitApplies({ density }));
const notIn = <T>(all: readonly T[], some: readonly T[]) => all.filter((value) => !some.includes(value));
const TEAM_NOT_EMPTY = { description: "Go 团队至少 1 人", anyOf: TEAM_LEVELS.map((level) => present([level], { exclusiveMinimum: 0 })) };

/** `requireApplicable`, restated for the JSON Schema (the OpenAPI document cannot see the refinement). */
const APPLICABLE_RULES: JsonSchema[] = [
  {
    description: `${SM_MANDATED.join("、")} 行业必填 crypto，其余行业必填 smRequired`,
    anyOf: [
      { allOf: [present(["industry"], { enum: SM_MANDATED }), present(["crypto"])] },
      { allOf: [absentOr(["industry"], { enum: notIn(INDUSTRIES, SM_MANDATED) }), present(["smRequired"])] },
    ],
  },
  { description: "smRequired 为 true 时必填 crypto", anyOf: [absentOr(["smRequired"], { const: false }), present(["crypto"])] },
  {
    description: `部署密度为 ${MEMORY_BOUND.join(" / ")} 时必填 memoryLimitMb`,
    anyOf: [absentOr(["density"], { enum: notIn(DENSITIES, MEMORY_BOUND) }), present(["memoryLimitMb"])],
  },
  ...FACTORS.map((factor) => ({
    description: `${FACTOR_LABELS[factor]}：expert.${factor} 为 true 时必填 factors.${factor}，否则必填 ${FACT_FIELDS[factor].join("、")}`,
    anyOf: [
      { allOf: [present(["expert", factor], { const: true }), present(["factors", factor])] },
      { allOf: [absentOr(["expert", factor], { const: false }), ...FACT_FIELDS[factor].map((field) => present([field], field === "team" ? TEAM_NOT_EMPTY : {}))] },
    ],
  })),
];

/** The conditional requirements: checked by `requireApplicable`, documented by `APPLICABLE_RULES`. */
const applicable = <T extends z.ZodType>(schema: T): T => schema.superRefine(requireApplicable, ALWAYS).meta({ allOf: APPLICABLE_RULES });

export const draftAnswersSchema = z
  .strictObject(answersShape(false), { error: (iss) => (iss.code === "unrecognized_keys" ? `不支持的字段：${iss.keys.join("、")}` : "答案必须是对象") })
  .meta({ description: "问卷答案（草稿）：字段都可以缺省，但给出的字段必须合法" });

export const answersSchema = applicable(
  z.strictObject(answersShape(true), { error: (iss) => (iss.code === "unrecognized_keys" ? `不支持的字段：${iss.keys.join("、")}` : "答案必须是对象") }),
).meta({ description: "问卷答案（完整）：提交评估时使用" });

export type DraftAnswers = z.infer<typeof draftAnswersSchema>;
export type Answers = z.infer<typeof answersSchema>;

// ── API bodies ─────────────────────────────────────────────────────────────────────────────
const submitFlag = (value: boolean) =>
  z.literal(value).meta({ description: value ? "true：校验完整答案并评估，生成一个已提交版本" : "false：保存草稿（允许不完整）" });

export const assessmentDraftWriteSchema = z
  .strictObject({ ...answersShape(false), submit: submitFlag(false) }, { error: (iss) => (iss.code === "unrecognized_keys" ? `不支持的字段：${iss.keys.join("、")}` : "请求体必须是对象") })
  .meta({ title: "保存草稿", description: "问卷答案（可不完整）+ submit: false" });

export const assessmentSubmitWriteSchema = applicable(
  z.strictObject({ ...answersShape(true), submit: submitFlag(true) }, { error: (iss) => (iss.code === "unrecognized_keys" ? `不支持的字段：${iss.keys.join("、")}` : "请求体必须是对象") }),
).meta({ title: "提交评估", description: "完整的问卷答案 + submit: true" });

/** POST /api/v1/assessments and PUT /api/v1/assessments/{id}: the answers, flat, plus `submit`. */
export const assessmentWriteSchema = z
  .discriminatedUnion("submit", [assessmentDraftWriteSchema, assessmentSubmitWriteSchema], {
    error: "请求必须包含 submit：true（提交评估）或 false（保存草稿）",
  })
  .meta({ description: "问卷答案（与问卷表单同一个 schema）加 submit 标志" });

export type AssessmentWrite = z.infer<typeof assessmentWriteSchema>;

/** The answers of a write body, without `submit`. */
export function answersOf(body: AssessmentWrite): DraftAnswers {
  const answers: Record<string, unknown> = { ...body };
  delete answers.submit;
  return answers as DraftAnswers;
}

// ── Stored and returned shapes ─────────────────────────────────────────────────────────────
export const ASSESSMENT_STATUSES = ["draft", "submitted"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const versionSummarySchema = z.object({
  version: z.number().int().min(1),
  status: z.enum(ASSESSMENT_STATUSES),
  updatedAt: z.string().meta({ description: "ISO 8601" }),
  submittedAt: z.string().nullable().meta({ description: "ISO 8601；草稿为 null" }),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const assessmentWriteResponseSchema = z.object({
  id: z.string().regex(ASSESSMENT_ID_PATTERN).meta({ description: "评估编号：≥ 128 位随机数的 base64url，知道编号即可查看与修改" }),
  url: z.string().meta({ description: "结果页（可分享）" }),
  editUrl: z.string().meta({ description: "问卷页（继续填写或修改）" }),
  version: z.number().int().min(1),
  status: z.enum(ASSESSMENT_STATUSES),
  result: evaluateResponseSchema.optional().meta({ description: "提交时的评估结果" }),
});
export type AssessmentWriteResponse = z.infer<typeof assessmentWriteResponseSchema>;

export const assessmentResponseSchema = z.object({
  id: z.string().regex(ASSESSMENT_ID_PATTERN),
  url: z.string(),
  editUrl: z.string(),
  systemName: z.string(),
  version: z.number().int().min(1).meta({ description: "本次返回的版本" }),
  status: z.enum(ASSESSMENT_STATUSES),
  answers: draftAnswersSchema,
  result: evaluateResponseSchema.nullable().meta({ description: "已提交版本的评估结果；草稿为 null" }),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  versions: z.array(versionSummarySchema).meta({ description: "全部版本，从旧到新" }),
});
export type AssessmentResponse = z.infer<typeof assessmentResponseSchema>;
