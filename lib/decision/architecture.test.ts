import { describe, expect, it } from "vitest";
import { WORKLOADS } from "@/lib/domain/catalog";
import type { Scenario } from "@/lib/validations/evaluate";
import { architectureWarnings, selectArchitecture } from "./architecture";
import type { Warning } from "@/lib/domain/decision-codes";
import { ReferenceDataError } from "./errors";
import { loadReference } from "@/tests/support/reference-data";

const { architectures } = loadReference();

describe("selectArchitecture (seed 001 ch.1)", () => {
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

  it("breaks ties by industry and falls back to industry when no profile claims the workload", () => {
    const shared = architectures.map((p) => ({ ...p, workloads: [...p.workloads, "api-gateway" as const] }));
    expect(selectArchitecture({ workload: "api-gateway", industry: "government" }, shared).profile.id).toBe("gov-lowcode");
    const unclaimed = architectures.map((p) => ({ ...p, workloads: p.workloads.filter((w) => w !== "api-gateway") }));
    const fallback = selectArchitecture({ workload: "api-gateway", industry: "manufacturing" }, unclaimed);
    expect(fallback).toMatchObject({ matchedBy: "industry", profile: { id: "industrial-bridge" } });
    expect(() => selectArchitecture({ workload: "api-gateway", industry: "other" }, unclaimed)).toThrow(ReferenceDataError);
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
    architectureWarnings(s, selectArchitecture(s, architectures), out);
    return out.map((w) => w.code);
  };

  it("warns finance and government without SM crypto (seed 001 §1, §2.3)", () => {
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

  it("notes an industry outside the surveyed ones (not for 'other')", () => {
    expect(warn(scenario({ industry: "automotive", workload: "form-workflow" }))).toEqual(["INDUSTRY_OUTSIDE_SURVEY"]);
    expect(warn(scenario({ industry: "other", workload: "form-workflow" }))).toEqual([]);
  });
});
