import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadReferenceData } from "@/lib/db/shipped-data";
import { derivedFactor } from "./derived";
import { evaluateAnswers } from "./evaluate-answers";
import { decisionExplanation } from "./explain";
import { BINHAI_BANK_GATEWAY, CENTOS_MYSQL_LEGACY, IOT_EDGE_NODE } from "./examples";

const reference = loadReferenceData(path.resolve(__dirname, "..", ".."));

describe("derived factors shown while typing", () => {
  it("reproduces the seed's worked examples as the facts come in (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2)", () => {
    expect(derivedFactor({ os: "kylin-v10", database: "dm8" }, "xinchuang")).toMatchObject({ value: 0.92, passes: true, threshold: 0.7 });
    expect(derivedFactor({ servicesLast6m: 3 }, "goProficiency")?.value).toBe(0.86);
    expect(derivedFactor({ dependencies: [{ kind: "internal-http", count: 2 }] }, "couplingInverse")?.value).toBe(0.78);
  });

  it("agrees with the engine on complete answers", () => {
    for (const answers of [BINHAI_BANK_GATEWAY, IOT_EDGE_NODE, CENTOS_MYSQL_LEGACY]) {
      const evaluation = evaluateAnswers(answers, reference);
      if (!evaluation.ok) throw evaluation.error;
      for (const factor of ["xinchuang", "goProficiency", "couplingInverse"] as const) {
        expect(derivedFactor(answers, factor)?.value).toBe(evaluation.result.pruning.factors[factor]);
      }
    }
  });

  it("waits for missing facts, skips incomplete rows, and stays out of expert mode", () => {
    expect(derivedFactor({ os: "kylin-v10" }, "xinchuang")).toBeNull();
    expect(derivedFactor({ dependencies: [{ kind: "internal-http" }, { kind: "message-queue", count: 1 }] }, "couplingInverse")?.value).toBe(0.93);
    expect(derivedFactor({ servicesLast6m: 3, expert: { goProficiency: true } }, "goProficiency")).toBeNull();
    expect(derivedFactor({ servicesLast6m: 2.5 }, "goProficiency")).toBeNull();
    expect(derivedFactor({ os: "centos-7", database: "mysql", cpu: "x86-foreign" }, "xinchuang")).toMatchObject({ value: 0.21, passes: false });
  });
});

describe("decision explanation", () => {
  it("names the factors behind each decision in plain language", () => {
    const explain = (answers: Parameters<typeof evaluateAnswers>[0]) => {
      const evaluation = evaluateAnswers(answers, reference);
      if (!evaluation.ok) throw evaluation.error;
      return decisionExplanation(evaluation.result.pruning);
    };
    expect(explain(BINHAI_BANK_GATEWAY)).toMatch(/^自动化裁剪流水线：信创适配度、Go 熟练度、系统独立性（耦合度倒数）都达到阈值/);
    expect(explain(CENTOS_MYSQL_LEGACY)).toMatch(/^暂缓裁剪：信创适配度 0\.21 低于 0\.70/);
    expect(explain({ ...BINHAI_BANK_GATEWAY, servicesLast6m: 1 })).toMatch(/^人工协同评审：信创适配度达标，但 Go 熟练度 0\.55 低于 0\.75/);
  });
});
