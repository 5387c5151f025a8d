import { describe, expect, it } from "vitest";
import path from "node:path";
import { CRYPTO_MODE_LABELS, FACTORS, KYLIN_SERVICE_PACK_ASSUMPTION, SM_NONE_ALLOWED, SM_NONE_IS_RISK } from "@/lib/domain/catalog";
import { applicableAnswers, questionApplies } from "@/lib/domain/applicability";
import { answersSchema } from "@/lib/validations/assessment";
import { evaluate } from "@/lib/decision";
import { loadReferenceData } from "@/lib/db/shipped-data";
import { BINHAI_BANK_GATEWAY } from "./examples";
import { toEvaluateRequest } from "./to-evaluate-request";
import { displayAnswer, QUESTION_FIELDS, QUESTIONS, smMandatedNote, STEPS, stepFields, stepOfPath } from "./questions";

describe("stepFields", () => {
  it("lists each step's questions in question order, then its factor's expert switch and value", () => {
    expect(stepFields("scenario")).toEqual(["systemName", "industry", "workload", "crossBorder", "district"]);
    expect(stepFields("environment")).toEqual([
      "os",
      "kylinServicePack",
      "database",
      "cpu",
      "smRequired",
      "crypto",
      "cgo",
      "goVersion",
      "expert.xinchuang",
      "factors.xinchuang",
    ]);
    expect(stepFields("team")).toEqual(["servicesLast6m", "team", "expert.goProficiency", "factors.goProficiency"]);
    expect(stepFields("legacy")).toEqual(["dependencies", "expert.couplingInverse", "factors.couplingInverse"]);
    expect(stepFields("deployment")).toEqual(["density", "consistency", "memoryLimitMb", "tier"]);
    expect(stepFields("review")).toEqual([]);
  });

  it("covers every question and factor once, each on the step stepOfPath names", () => {
    const all = STEPS.flatMap((step) => stepFields(step.id).map((path) => ({ path, step: step.id })));
    expect(all.map(({ path }) => path).sort()).toEqual(
      [...QUESTION_FIELDS, ...FACTORS.flatMap((factor) => [`expert.${factor}`, `factors.${factor}`])].sort(),
    );
    for (const { path, step } of all) expect(stepOfPath(path)).toBe(step);
  });
});

describe("国密 for finance and government: a ranked risk, said the same way before and after", () => {
  const reference = loadReferenceData(path.resolve(__dirname, "..", ".."));
  const smWarning = (industry: "finance" | "government") => {
    const answers = { ...BINHAI_BANK_GATEWAY, industry, crypto: "none" as const };
    return evaluate(toEvaluateRequest(answers), reference).warnings.find((w) => w.code === "SM_CRYPTO_MISSING")?.message;
  };

  it("the questionnaire says 无国密要求 may be submitted and is reported as a risk; nothing says it is binding", () => {
    for (const text of [SM_NONE_ALLOWED, SM_NONE_IS_RISK]) {
      expect(text).toContain(`「${CRYPTO_MODE_LABELS.none}」`);
      expect(text).toContain("列为风险");
    }
    expect(QUESTIONS.industry.help).toContain(SM_NONE_ALLOWED);
    expect(QUESTIONS.crypto.help).toContain(SM_NONE_ALLOWED);
    expect(smMandatedNote("金融")).toBe(`金融系统应支持国密，请选择国密方式；${SM_NONE_ALLOWED}。`);
    for (const text of [QUESTIONS.industry.help, QUESTIONS.crypto.help, smMandatedNote("政务")]) expect(text).not.toMatch(/必须/);
  });

  it.each(["finance", "government"] as const)("%s without SM submits and the warning says the same", (industry) => {
    const answers = { ...BINHAI_BANK_GATEWAY, industry, crypto: "none" as const };
    expect(answersSchema.safeParse(answers).success).toBe(true);
    expect(smWarning(industry)).toContain(SM_NONE_IS_RISK);
  });
});

describe("Kylin V10 service pack", () => {
  it("is asked only for Kylin V10 and not in expert mode", () => {
    expect(questionApplies("kylinServicePack", { os: "kylin-v10" })).toBe(true);
    for (const os of ["uos-20", "openeuler-22.03", "centos-7"] as const) expect(questionApplies("kylinServicePack", { os })).toBe(false);
    expect(questionApplies("kylinServicePack", {})).toBe(false);
    expect(questionApplies("kylinServicePack", { os: "kylin-v10", expert: { xinchuang: true } })).toBe(false);
  });

  it("the review step shows the chosen pack, or the SP3 assumption", () => {
    expect(displayAnswer("kylinServicePack", { os: "kylin-v10", kylinServicePack: "sp1" })).toBe("V10 SP1");
    expect(displayAnswer("kylinServicePack", { os: "kylin-v10" })).toBe(KYLIN_SERVICE_PACK_ASSUMPTION);
    expect(displayAnswer("kylinServicePack", { os: "uos-20" })).toBe("（未填写）"); // e.g. in a version comparison
    expect(KYLIN_SERVICE_PACK_ASSUMPTION).toBe("未指定服务包，按 V10 SP3 检查");
  });

  it("old answers without the field stay valid; a pack outside SP1–SP3 is refused; other systems drop it", () => {
    expect(answersSchema.safeParse(BINHAI_BANK_GATEWAY).success).toBe(true);
    expect(answersSchema.safeParse({ ...BINHAI_BANK_GATEWAY, kylinServicePack: "sp2" }).success).toBe(true);
    expect(answersSchema.safeParse({ ...BINHAI_BANK_GATEWAY, kylinServicePack: "sp4" }).error?.issues[0]?.path).toEqual(["kylinServicePack"]);
    expect(applicableAnswers({ ...BINHAI_BANK_GATEWAY, os: "uos-20", kylinServicePack: "sp2" })).not.toHaveProperty("kylinServicePack");
    expect(applicableAnswers({ ...BINHAI_BANK_GATEWAY, kylinServicePack: "sp2" })).toHaveProperty("kylinServicePack", "sp2");
  });
});
