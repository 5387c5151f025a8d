import { describe, expect, it } from "vitest";
import { FACTORS } from "@/lib/domain/catalog";
import { QUESTION_FIELDS, STEPS, stepFields, stepOfPath } from "./questions";

describe("stepFields", () => {
  it("lists each step's questions in question order, then its factor's expert switch and value", () => {
    expect(stepFields("scenario")).toEqual(["systemName", "industry", "workload", "crossBorder", "district"]);
    expect(stepFields("environment")).toEqual([
      "os",
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
