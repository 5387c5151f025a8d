/**
 * Two fixed, representative evaluate requests shared by the engine's tests, the report sample
 * and `npm run bench`: one with the factors given, one derived from facts by the normalizers.
 */
import type { EvaluateRequest } from "@/lib/validations/evaluate";

/** 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2 worked example as a request: 0.92 / 0.86 / 0.78, a Binhai bank gateway. */
export const BENCH_REQUEST_FACTORS: EvaluateRequest = {
  tier: "critical",
  factors: { xinchuang: 0.92, goProficiency: 0.86, couplingInverse: 0.78 },
  scenario: { industry: "finance", workload: "api-gateway", density: "central-cloud", consistency: "strong", crypto: "sm-tls13", district: "binhai" },
};

/** The same case derived from facts, exercising the normalizers. */
export const BENCH_REQUEST_FACTS: EvaluateRequest = {
  tier: "critical",
  facts: {
    xinchuang: { os: "kylin-v10", database: "dm8", cpu: "phytium" },
    goProficiency: { servicesLast6m: 3 },
    couplingInverse: { dependencies: [{ kind: "internal-http", count: 2 }] },
  },
  scenario: { industry: "government", workload: "form-workflow", density: "edge-node", consistency: "strong", cgo: true, goVersion: "1.22" },
};
