import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadReferenceData } from "@/lib/db/shipped-data";
import { answersSchema, assessmentWriteSchema, draftAnswersSchema } from "@/lib/validations/assessment";
import { evaluateRequestSchema } from "@/lib/validations/evaluate";
import { applicableAnswers } from "@/lib/domain/applicability";
import { evaluateAnswers } from "./evaluate-answers";
import { BINHAI_BANK_GATEWAY, CENTOS_MYSQL_LEGACY, IOT_EDGE_NODE } from "./examples";
import { cryptoOf, toEvaluateRequest } from "./to-evaluate-request";

const reference = loadReferenceData(path.resolve(__dirname, "..", ".."));
const omit = <T extends object>(value: T, ...keys: string[]) =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join(".")).sort();

describe("answers schema", () => {
  it("accepts the three journeys", () => {
    for (const answers of [BINHAI_BANK_GATEWAY, IOT_EDGE_NODE, CENTOS_MYSQL_LEGACY]) {
      expect(answersSchema.safeParse(answers).success).toBe(true);
    }
  });

  it("a draft may be empty or partial, but what is there is range-checked", () => {
    expect(draftAnswersSchema.safeParse({}).success).toBe(true);
    expect(draftAnswersSchema.safeParse({ industry: "finance", team: { junior: 2 }, dependencies: [{ kind: "internal-http" }] }).success).toBe(true);
    expect(paths(draftAnswersSchema.safeParse({ servicesLast6m: -1, tier: "platinum", factors: { xinchuang: 1.2 } }))).toEqual([
      "factors.xinchuang",
      "servicesLast6m",
      "tier",
    ]);
    expect(paths(draftAnswersSchema.safeParse({ hacker: true }))).toEqual([""]);
  });

  it("reports every missing answer at once, across steps, in Chinese", () => {
    const result = answersSchema.safeParse({ industry: "finance", servicesLast6m: 5000 });
    const issues = result.error!.issues;
    expect(paths(result)).toEqual(
      expect.arrayContaining(["systemName", "workload", "crypto", "os", "database", "cpu", "team.junior", "dependencies", "tier", "servicesLast6m"]),
    );
    expect(issues.find((i) => i.path.join(".") === "crypto")?.message).toBe("请选择国密要求");
    expect(issues.find((i) => i.path.join(".") === "tier")?.message).toBe("请选择业务连续性等级");
    expect(issues.find((i) => i.path.join(".") === "servicesLast6m")?.message).toContain("不能大于 1000");
  });

  it("asks crypto only when finance/government or SM applies, memory only for edge/device", () => {
    expect(paths(answersSchema.safeParse(omit(BINHAI_BANK_GATEWAY, "crypto")))).toEqual(["crypto"]);
    expect(paths(answersSchema.safeParse(omit(IOT_EDGE_NODE, "smRequired")))).toEqual(["smRequired"]);
    expect(paths(answersSchema.safeParse({ ...IOT_EDGE_NODE, smRequired: true }))).toEqual(["crypto"]);
    const noMemory = omit(IOT_EDGE_NODE, "memoryLimitMb");
    expect(paths(answersSchema.safeParse(noMemory))).toEqual(["memoryLimitMb"]);
    expect(answersSchema.safeParse({ ...noMemory, density: "regional" }).success).toBe(true);
  });

  it("expert mode replaces a factor's facts by its value", () => {
    const rest = omit(BINHAI_BANK_GATEWAY, "os", "database", "cpu");
    expect(paths(answersSchema.safeParse({ ...rest, expert: { xinchuang: true } }))).toEqual(["factors.xinchuang"]);
    const expert = { ...rest, expert: { xinchuang: true }, factors: { xinchuang: 0.8 } };
    expect(answersSchema.safeParse(expert).success).toBe(true);
    const request = toEvaluateRequest(answersSchema.parse(expert));
    expect(request.factors).toEqual({ xinchuang: 0.8 });
    expect(request.facts?.xinchuang).toBeUndefined();
    expect(request.facts?.goProficiency).toEqual({ servicesLast6m: 3, levels: { junior: 2, mid: 4, senior: 2 } });
  });

  it("refuses a team of nobody", () => {
    expect(paths(answersSchema.safeParse({ ...BINHAI_BANK_GATEWAY, team: { junior: 0, mid: 0, senior: 0 } }))).toEqual(["team"]);
  });

  it("the write body: submit decides the strength; a missing submit is an error on submit", () => {
    expect(assessmentWriteSchema.safeParse({ submit: false, industry: "finance" }).success).toBe(true);
    expect(paths(assessmentWriteSchema.safeParse({ submit: true, industry: "finance" }))).toContain("tier");
    expect(paths(assessmentWriteSchema.safeParse({ industry: "finance" }))).toEqual(["submit"]);
    expect(assessmentWriteSchema.safeParse({ ...BINHAI_BANK_GATEWAY, submit: true }).success).toBe(true);
  });
});

describe("applicableAnswers", () => {
  it("drops answers to hidden questions", () => {
    const pruned = applicableAnswers({ ...BINHAI_BANK_GATEWAY, smRequired: false, memoryLimitMb: 64, factors: { xinchuang: 0.5 } });
    expect(pruned).not.toHaveProperty("smRequired");
    expect(pruned).not.toHaveProperty("memoryLimitMb");
    expect(pruned).not.toHaveProperty("factors");
    expect(pruned.crypto).toBe("sm-tls13");
    const expert = applicableAnswers({ ...IOT_EDGE_NODE, expert: { couplingInverse: true }, factors: { couplingInverse: 0.5, xinchuang: 0.9 } });
    expect(expert).not.toHaveProperty("dependencies");
    expect(expert.factors).toEqual({ couplingInverse: 0.5 });
    expect(expert.memoryLimitMb).toBe(45);
  });
});

describe("answers → evaluation", () => {
  it("maps facts, scenario and crypto; the request passes the engine's schema", () => {
    const request = toEvaluateRequest(BINHAI_BANK_GATEWAY);
    expect(evaluateRequestSchema.safeParse(request).success).toBe(true);
    expect(request.facts?.xinchuang).toEqual({ os: "kylin-v10", database: "dm8", cpu: "phytium" });
    expect(request.scenario).toMatchObject({ industry: "finance", district: "binhai", crypto: "sm-tls13", cgo: true, goVersion: "1.22" });
    expect(cryptoOf({ industry: "manufacturing", smRequired: false })).toBe("none");
    expect(cryptoOf({ industry: "manufacturing" })).toBeUndefined();
  });

  it("(a) Binhai bank gateway: core tier, microservice gateway, not deferred", () => {
    const evaluation = evaluateAnswers(BINHAI_BANK_GATEWAY, reference);
    if (!evaluation.ok) throw evaluation.error;
    const { rootNode, architecture, pruning } = evaluation.result;
    expect(rootNode).toEqual({ tier: "core", rtoMaxSeconds: 900, rpoMaxSeconds: 0, syncMode: "sync-multi-active" });
    expect(architecture.profile.name).toBe("微服务网关型");
    expect(pruning.factors.xinchuang).toBeGreaterThanOrEqual(0.92);
    expect(pruning.factors.goProficiency).toBe(0.86);
    expect(pruning.factors.couplingInverse).toBe(0.78);
    expect(pruning.decision).not.toBe("defer");
  });

  it("(b) IoT edge node: combination #6 with the sidecar and TinyGo cards", () => {
    const evaluation = evaluateAnswers(IOT_EDGE_NODE, reference);
    if (!evaluation.ok) throw evaluation.error;
    expect(evaluation.result.combination.stack.id).toBe(6);
    expect(evaluation.result.knowledgeCards.map((k) => k.card.id)).toEqual(expect.arrayContaining(["edge-sidecars", "tinygo-wasi"]));
  });

  it("(c) CentOS 7 + MySQL defers", () => {
    const evaluation = evaluateAnswers(CENTOS_MYSQL_LEGACY, reference);
    if (!evaluation.ok) throw evaluation.error;
    expect(evaluation.result.pruning.factors.xinchuang).toBeLessThan(0.7);
    expect(evaluation.result.pruning.decision).toBe("defer");
  });
});
