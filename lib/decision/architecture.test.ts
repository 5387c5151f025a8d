import { describe, expect, it } from "vitest";
import { WORKLOADS } from "@/lib/domain/catalog";
import type { Scenario } from "@/lib/validations/evaluate";
import type { SurveyIndustries } from "@/lib/validations/reference";
import { architectureWarnings, selectArchitecture } from "./architecture";
import type { Warning } from "@/lib/domain/decision-codes";
import { ReferenceDataError } from "./errors";
import { architecturesFileSchema } from "@/lib/validations/reference";
import { surveyIndustriesOf } from "@/lib/survey/industries";
import { loadReference } from "@/tests/support/reference-data";
import { SM_LIBRARY_FACTS, TLCP_LIBRARY } from "@/lib/domain/sm-libraries";

const { architectures, survey } = loadReference();

describe("selectArchitecture (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1)", () => {
  it.each([
    ["api-gateway", "microservice-gateway", "1.21", 14],
    ["stream-pipeline", "realtime-pipeline", "1.20", 22],
    ["form-workflow", "gov-lowcode", "1.19", 35],
    ["device-protocol", "industrial-bridge", "1.18", 19],
    ["payment-settlement", "crossborder-settlement", "1.22", 27],
  ] as const)("workload %s → %s (Go %s+, %i 人日)", (workload, id, goFloor, days) => {
    const choice = selectArchitecture({ workload, industry: "other" }, architectures);
    expect(choice).toMatchObject({ matchedBy: "workload", profile: { id, goFloor, adaptationDays: days } });
    expect(choice.profile.mitigation.length).toBeGreaterThan(20);
  });

  it("the workload decides, whatever the industry", () => {
    for (const workload of WORKLOADS) {
      const a = selectArchitecture({ workload, industry: "finance" }, architectures);
      const b = selectArchitecture({ workload, industry: "government" }, architectures);
      expect(a.profile.id).toBe(b.profile.id);
    }
  });

  it("types domestic clearing (no cross-border link) by its gateway shape, not as cross-border settlement", () => {
    const domestic = selectArchitecture({ workload: "payment-settlement", industry: "finance", crossBorder: false }, architectures);
    expect(domestic).toMatchObject({ matchedBy: "domestic-clearing", profile: { id: "microservice-gateway" } });
    expect(domestic.reason).toContain("境内支付清算");
    const crossBorder = selectArchitecture({ workload: "payment-settlement", industry: "finance", crossBorder: true }, architectures);
    expect(crossBorder).toMatchObject({ matchedBy: "workload", profile: { id: "crossborder-settlement" } });
    // Cross-border e-commerce settles across the border whatever the flag says.
    const ecommerce = { workload: "payment-settlement", industry: "cross-border-ecommerce", crossBorder: false } as const;
    expect(selectArchitecture(ecommerce, architectures).profile.id).toBe("crossborder-settlement");
    const unstated = selectArchitecture({ workload: "payment-settlement", industry: "finance" }, architectures);
    expect(unstated.profile.id).toBe("crossborder-settlement");
    expect(unstated.reason).toContain("未说明是否有跨境链路");
  });

  it("refuses reference data where a workload has no type or several", () => {
    const unclaimed = architectures.map((p) => ({ ...p, workloads: p.workloads.filter((w) => w !== "api-gateway") }));
    expect(() => selectArchitecture({ workload: "api-gateway", industry: "other" }, unclaimed)).toThrow(ReferenceDataError);
    const shared = architectures.map((p) => ({ ...p, workloads: [...p.workloads, "api-gateway" as const] }));
    expect(architecturesFileSchema.safeParse(shared).error?.issues[0]?.message).toContain("登记在多个架构类型下");
    const moved = architectures.map((p) => (p.id === "microservice-gateway" ? { ...p, workloads: ["stream-pipeline" as const] } : p));
    expect(architecturesFileSchema.safeParse(moved).error?.issues.map((i) => i.message)).toEqual([
      "没有架构类型登记业务形态 api-gateway",
      "业务形态 stream-pipeline 登记在多个架构类型下：microservice-gateway、realtime-pipeline",
    ]);
  });
});

describe("architectureWarnings", () => {
  const scenario = (overrides: Partial<Scenario>): Scenario => ({
    industry: "finance",
    workload: "api-gateway",
    density: "central-cloud",
    consistency: "strong",
    ...overrides,
  });
  const warn = (s: Scenario) => {
    const out: Warning[] = [];
    architectureWarnings(s, selectArchitecture(s, architectures), survey, out);
    return out.map((w) => w.code);
  };

  it("warns finance and government without SM crypto (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §1, §2.3)", () => {
    expect(warn(scenario({}))).toContain("SM_CRYPTO_MISSING");
    expect(warn(scenario({ crypto: "none" }))).toContain("SM_CRYPTO_MISSING");
    expect(warn(scenario({ crypto: "sm-tls13" }))).not.toContain("SM_CRYPTO_MISSING");
    expect(warn(scenario({ industry: "government", workload: "form-workflow" }))).toContain("SM_CRYPTO_MISSING");
    expect(warn(scenario({ industry: "manufacturing", workload: "device-protocol" }))).toEqual([]);
  });

  it("warns when the planned Go version is below the floor", () => {
    expect(warn(scenario({ crypto: "sm-tls13", goVersion: "1.20" }))).toEqual(["GO_BELOW_FLOOR"]);
    expect(warn(scenario({ crypto: "sm-tls13", goVersion: "1.21" }))).toEqual([]);
  });

  it("derives 'not in the survey' from the stored records, not from a typed-in list", () => {
    // TJ-18 (finance, realtime pipeline) and TJ-29 (port logistics, API gateway) are in the shipped survey.
    expect(warn(scenario({ industry: "finance", workload: "stream-pipeline", crypto: "sm-tls13" }))).toEqual([]);
    expect(warn(scenario({ industry: "port-logistics", workload: "api-gateway" }))).toEqual([]);
    expect(warn(scenario({ industry: "automotive", workload: "form-workflow" }))).toEqual(["INDUSTRY_OUTSIDE_SURVEY"]);
    expect(warn(scenario({ industry: "other", workload: "form-workflow" }))).toEqual([]);
  });

  it("follows an import: the same scenario warns or not as the records change", () => {
    const s = scenario({ industry: "automotive", workload: "form-workflow" });
    const choice = selectArchitecture(s, architectures);
    const messages = (held: SurveyIndustries) => {
      const out: Warning[] = [];
      architectureWarnings(s, choice, held, out);
      return out.map((w) => w.message);
    };
    const before = messages(survey);
    expect(before).toEqual([expect.stringMatching(/^已存调研记录中的 \d+ 家政务低代码后端企业没有「汽车\/车联网」行业的（政务 \d+ 家）/)]);
    const imported = surveyIndustriesOf([{ architectureType: "gov-lowcode", industry: "automotive" }], 7);
    expect(messages(imported)).toEqual([]);
    expect(messages(surveyIndustriesOf([], 8))).toEqual([expect.stringContaining("已存调研记录中没有政务低代码后端企业")]);
  });
});

/** Each clause that mentions tjfoc must say it is the legacy / distribution-packaged option. */
function tjfocOnlyAsLegacy(text: string) {
  for (const clause of text.split(/[；。]/).filter((c) => c.includes("tjfoc"))) {
    expect(clause, clause).toMatch(/遗留|发行版/);
  }
}

describe("SM library advice (lib/domain/sm-libraries.ts)", () => {
  const message = (industry: Scenario["industry"], workload: Scenario["workload"]) => {
    const s: Scenario = { industry, workload, density: "central-cloud", consistency: "strong" };
    const out: Warning[] = [];
    architectureWarnings(s, selectArchitecture(s, architectures), survey, out);
    const warning = out.find((w) => w.code === "SM_CRYPTO_MISSING");
    expect(warning).toBeDefined();
    return warning!.message;
  };

  it.each([
    ["finance", "api-gateway"],
    ["government", "form-workflow"],
  ] as const)("%s: recommends emmansun/gmsm and gotlcp for TLCP; no library has 'passed 密评'", (industry, workload) => {
    const text = message(industry, workload);
    expect(text).toContain("github.com/emmansun/gmsm");
    expect(text).toContain(SM_LIBRARY_FACTS.emmansun.modulePath);
    expect(text).toContain("gotlcp");
    expect(text).toContain(TLCP_LIBRARY.repository);
    expect(text).toContain("GB/T 38636");
    expect(text).not.toMatch(/已通过密评|通过密评的国密库|通过密评的库/);
    tjfocOnlyAsLegacy(text);
    expect(text).toContain("Debian golang-github-tjfoc-gmsm-dev 1.3.0");
  });

  it("government: says plainly that 密评 evaluates the system", () => {
    expect(message("government", "form-workflow")).toContain("密评（GB/T 39786-2021 商用密码应用安全性评估）评估的是整个信息系统的密码应用，不是某个库");
  });

  it("the shipped mitigation texts name only the recommended library", () => {
    for (const profile of architectures) {
      expect(profile.mitigation).not.toMatch(/tjfoc|已通过密评/);
      if (/gmsm/.test(profile.mitigation)) expect(profile.mitigation).toContain(SM_LIBRARY_FACTS.emmansun.modulePath);
    }
    expect(architectures.find((p) => p.id === "gov-lowcode")?.mitigation).toContain("github.com/emmansun/gmsm");
  });
});
