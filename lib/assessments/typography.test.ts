/**
 * Chinese and Latin text is spaced (issue 15: "我已知道Go 熟练度", "但CDN 边缘函数"): every label
 * and every sentence the engine writes for an architect — the response, the decision path's
 * summaries and values, the what-if statements, the explanation — has a space wherever a Han
 * character meets a Latin letter or digit. Enterprise names are quoted as the article writes them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as catalog from "@/lib/domain/catalog";
import { GLOSSARY } from "@/lib/domain/glossary";
import { ENTERPRISE_COLUMNS } from "@/lib/validations/enterprise";
import { evaluate } from "@/lib/decision/evaluate";
import { whatIf } from "@/lib/decision/what-if";
import type { EvaluateRequest } from "@/lib/validations/evaluate";
import { loadReference } from "@/tests/support/reference-data";
import { loadShippedData } from "@/lib/db/shipped-data";
import { architectureOverview } from "@/lib/survey/architectures";
import { adaptationChart } from "@/lib/survey/architecture-charts";
import * as insightCharts from "@/lib/survey/insight-charts";
import { knowledgeCharts } from "@/lib/survey/knowledge-figures";
import { buildSurveySummary } from "@/lib/survey/summary";
import { decisionExplanation } from "./explain";
import { formatTraceValue, stepSummary } from "./format";
import { EXPERT_TEXT, QUESTIONS, STEPS } from "./questions";

const reference = loadReference();
const UNSPACED = /[\u4e00-\u9fff][A-Za-z]|[A-Za-z][\u4e00-\u9fff]/;
const QUOTED_NAMES = reference.architectures.map((a) => a.exampleEnterprise);

function unspaced(value: unknown, found: Set<string>): Set<string> {
  if (typeof value === "string") {
    const text = QUOTED_NAMES.reduce((t, name) => t.split(name).join("□"), value);
    const hit = text.match(new RegExp(`.{0,10}(?:${UNSPACED.source}).{0,10}`));
    if (hit) found.add(hit[0]);
  } else if (Array.isArray(value)) value.forEach((v) => unspaced(v, found));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => unspaced(v, found));
  return found;
}

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const requests = fc.record({
  tier: fc.constantFrom(...catalog.TIERS),
  facts: fc.record({
    xinchuang: fc.record({
      os: fc.constantFrom(...catalog.TARGET_OSES),
      database: fc.constantFrom(...catalog.DATABASES),
      cpu: fc.constantFrom(...catalog.CPU_FAMILIES),
    }),
  }),
  factors: fc.record({ goProficiency: unit, couplingInverse: unit }),
  scenario: fc.record({
    industry: fc.constantFrom(...catalog.INDUSTRIES),
    workload: fc.constantFrom(...catalog.WORKLOADS),
    density: fc.constantFrom(...catalog.DENSITIES),
    consistency: fc.constantFrom(...catalog.CONSISTENCIES),
    crossBorder: fc.option(fc.boolean(), { nil: undefined }),
    cgo: fc.option(fc.boolean(), { nil: undefined }),
    goVersion: fc.option(fc.constantFrom("1.18", "1.21", "1.22"), { nil: undefined }),
    memoryLimitMb: fc.option(fc.integer({ min: 8, max: 4096 }), { nil: undefined }),
    crypto: fc.option(fc.constantFrom(...catalog.CRYPTO_MODES), { nil: undefined }),
  }),
}) as fc.Arbitrary<EvaluateRequest>;

describe("Chinese–Latin spacing in what an architect reads", () => {
  it("the vocabulary, the questionnaire and the glossary", () => {
    const texts = [catalog, ENTERPRISE_COLUMNS.map((c) => c.header), STEPS, QUESTIONS, GLOSSARY, catalog.FACTORS.map((f) => [EXPERT_TEXT.toggle(f), EXPERT_TEXT.value(f)])];
    expect([...unspaced(texts, new Set())]).toEqual([]);
  });

  it("the engine's sentences over 2,000 sampled questionnaires", () => {
    const found = new Set<string>();
    for (const request of fc.sample(requests, { numRuns: 2000, seed: 20261201 })) {
      const result = evaluate(request, reference);
      unspaced([result, whatIf(result.pruning.factors), decisionExplanation(result.pruning)], found);
      for (const step of result.trace) {
        unspaced(stepSummary(step), found);
        for (const [key, value] of Object.entries({ ...step.inputs, ...step.outputs })) unspaced(formatTraceValue(key, value), found);
      }
    }
    expect([...found]).toEqual([]);
  });

  it("the survey's and the knowledge cards' chart titles and takeaways", () => {
    const shipped = loadShippedData(process.cwd());
    const summary = buildSurveySummary(shipped.enterprises, null);
    const overview = architectureOverview(shipped.architectures, shipped.combinations, shipped.enterprises);
    const charts = [
      insightCharts.headlineChart(summary),
      insightCharts.districtChart(summary),
      insightCharts.goVersionChart(summary),
      insightCharts.errorCategoryChart(summary),
      insightCharts.outcomeByArchitectureChart(overview),
      ...insightCharts.cloudNodeCharts(shipped.cloudNodes),
      adaptationChart(overview),
      ...shipped.knowledgeCards.flatMap(knowledgeCharts),
    ];
    expect([...unspaced(charts.map((c) => [c.title, c.takeaway]), new Set())]).toEqual([]);
  });
});
