import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/decision";
import { loadReferenceData } from "@/lib/db/shipped-data";
import type { Answers } from "@/lib/validations/assessment";
import { compatCheckProfileSchema } from "@/lib/validations/compat-check";
import type { EvaluateRequest } from "@/lib/validations/evaluate";
import { compatProfileForAssessment, scriptTargetAssumption } from "./assessment-profile";
import { generateCompatCheck } from "./generate";

const reference = loadReferenceData(process.cwd());

function resultFor(workload: EvaluateRequest["scenario"]["workload"], density: EvaluateRequest["scenario"]["density"]) {
  return evaluate(
    {
      tier: "core",
      factors: { xinchuang: 0.9, goProficiency: 0.8, couplingInverse: 0.7 },
      scenario: { industry: "finance", workload, density, consistency: "strong" },
    },
    reference,
  );
}

const answers = (overrides: Partial<Answers>): Answers =>
  ({
    systemName: "滨海新区银行开放 API 网关",
    industry: "finance",
    workload: "api-gateway",
    crossBorder: false,
    os: "kylin-v10",
    database: "dm8",
    cpu: "phytium",
    crypto: "sm-tls13",
    cgo: true,
    goVersion: "1.20",
    density: "central-cloud",
    consistency: "strong",
    tier: "core",
    ...overrides,
  }) as Answers;

describe("compatProfileForAssessment", () => {
  it("targets the Kylin V10 service pack the architect chose, SP3 when none (and says so)", () => {
    const result = resultFor("api-gateway", "central-cloud");
    for (const sp of ["sp1", "sp2", "sp3"] as const) {
      const profile = compatProfileForAssessment(answers({ kylinServicePack: sp }), result);
      expect(profile.os).toBe(`kylin-v10-${sp}`);
      expect(generateCompatCheck(compatCheckProfileSchema.parse(profile)).script).toMatch(new RegExp(`^readonly P_OS_SP='?${sp.slice(2)}'?$`, "m"));
      expect(scriptTargetAssumption(answers({ kylinServicePack: sp }))).toBeNull();
    }
    expect(compatProfileForAssessment(answers({}), result).os).toBe("kylin-v10-sp3");
    expect(scriptTargetAssumption(answers({}))).toBe("未指定服务包，按 V10 SP3 检查");
    expect(scriptTargetAssumption(answers({ os: "uos-20" }))).toBeNull();
  });

  it("asks for Go 1.19 on a Loongson target even where the architecture type's floor is 1.18", () => {
    const result = resultFor("device-protocol", "edge-node");
    expect(result.architecture.profile.goFloor).toBe("1.18");
    const profile = compatProfileForAssessment(answers({ cpu: "loongson", goVersion: "1.18", workload: "device-protocol" }), result);
    expect(profile).toMatchObject({ cpu: "loongson", goVersion: "1.19" });
    expect(compatCheckProfileSchema.safeParse(profile).success).toBe(true);
    // The API refuses a Loongson profile that asks for less, at the Go version field.
    const refused = compatCheckProfileSchema.safeParse({ ...profile, goVersion: "1.18" });
    expect(refused.error?.issues).toEqual([expect.objectContaining({ path: ["goVersion"], message: expect.stringContaining("Go ≥ 1.19") })]);
  });

  it("takes the target from the answers and the Go floor from the architecture type", () => {
    const profile = compatProfileForAssessment(answers({}), resultFor("api-gateway", "central-cloud"));
    expect(profile).toEqual({
      systemName: "滨海新区银行开放 API 网关",
      os: "kylin-v10-sp3",
      cpu: "phytium",
      goVersion: "1.21", // 微服务网关型 floor (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1) beats the planned 1.20
      crypto: "sm-tls13",
      cgo: true,
      memoryLimitMb: null,
      smLibrary: "emmansun",
    });
    expect(compatCheckProfileSchema.safeParse(profile).success).toBe(true);
  });

  it("keeps a planned Go version above the floor, and the edge memory limit", () => {
    const profile = compatProfileForAssessment(
      answers({ goVersion: "1.23", density: "edge-node", memoryLimitMb: 45, os: "openeuler-22.03", cpu: "kunpeng" }),
      resultFor("device-protocol", "edge-node"),
    );
    expect(profile).toMatchObject({ goVersion: "1.23", memoryLimitMb: 45, os: "openeuler-22.03", cpu: "kunpeng" });
  });

  it("checks a non-信创 or unknown target against the government-cloud baseline, with a schema-safe name", () => {
    const profile = compatProfileForAssessment(
      answers({ os: "centos-7", cpu: "x86-foreign", crypto: undefined, systemName: "旧系统\t迁移\n" }),
      resultFor("api-gateway", "central-cloud"),
    );
    expect(profile).toMatchObject({ os: "kylin-v10-sp3", cpu: "phytium", crypto: "none", systemName: "旧系统 迁移" });
    expect(compatCheckProfileSchema.safeParse(profile).success).toBe(true);
  });

  it("probes the recommended emmansun/gmsm when the assessment names no library", () => {
    const profile = compatProfileForAssessment(answers({}), resultFor("api-gateway", "central-cloud"));
    const { script, files, smModule } = generateCompatCheck(profile);
    expect(smModule.path).toBe("github.com/emmansun/gmsm");
    expect(script).toMatch(/\bP_SM_LIB='emmansun'$/m);
    expect(files.find((f) => f.path === "probe/go.mod")?.content).toContain("require github.com/emmansun/gmsm ");
  });
});
