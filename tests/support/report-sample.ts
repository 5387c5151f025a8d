/**
 * A realistic report input for tests and `npm run bench`: a real evaluation of the seed's worked
 * example (lib/decision/bench.ts), peers from the shipped survey records, and the check script
 * lib/compat-check generates for a Kylin / Phytium target.
 */
import { evaluate } from "@/lib/decision";
import { RECOMMENDED_SM_LIBRARY } from "@/lib/domain/sm-libraries";
import { BENCH_REQUEST_FACTS } from "@/tests/support/evaluate-requests";
import { loadShippedData } from "@/lib/db/shipped-data";
import type { EvaluateRequest } from "@/lib/validations/evaluate";
import { reportCheckScript } from "@/lib/report/assessment-input";
import type { ReportCheckScript, ReportInput, ReportPeer } from "@/lib/report/types";

export const SAMPLE_SYSTEM_NAME = "和平区一网通办·政务审批中台";
export const SAMPLE_EVALUATED_AT = new Date("2026-11-20T06:30:00.000Z");

/** The script the result page would offer for the sample's target: Kylin V10 SP3 on Phytium, SM over TLS 1.3. */
export function sampleCheckScript(): ReportCheckScript {
  return reportCheckScript({
    systemName: SAMPLE_SYSTEM_NAME,
    os: "kylin-v10-sp3",
    cpu: "phytium",
    goVersion: "1.19",
    crypto: "sm-tls13",
    cgo: true,
    memoryLimitMb: null,
    smLibrary: RECOMMENDED_SM_LIBRARY,
  });
}

/** Survey records of the same architecture type as the recommendation. */
export function peersFor(root: string, architectureType: string): ReportPeer[] {
  return loadShippedData(root)
    .enterprises.filter((e) => e.architectureType === architectureType)
    .map((e) => ({
      code: e.code,
      label: e.label,
      architectureType: e.architectureType,
      industry: e.industry,
      outcome: e.outcome,
      historicalDecision: e.historicalDecision,
    }));
}

export function sampleReportInput(root: string, request: EvaluateRequest = BENCH_REQUEST_FACTS): ReportInput {
  const data = loadShippedData(root);
  const result = evaluate(request, data);
  return {
    assessmentId: "cm3x9k2a40001tj7q8d5h2v1e",
    shortId: "CM3X9K2A",
    version: 3,
    systemName: SAMPLE_SYSTEM_NAME,
    evaluatedAt: SAMPLE_EVALUATED_AT,
    answers: request,
    result,
    peers: peersFor(root, result.architecture.profile.id),
    checkScript: sampleCheckScript(),
  };
}
