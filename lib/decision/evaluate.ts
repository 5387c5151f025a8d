/**
 * The whole decision tree (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4): root (tier) → validation (extra features) → normalizers
 * → pruning (middle node) → leaf (stack combination) → architecture type → knowledge cards.
 *
 * Input is already parsed at the boundary (lib/validations/evaluate.ts); no zod here, and only the
 * allocations the answer needs, so an evaluation takes a few microseconds.
 */
import { DECISION_LABELS, INDUSTRIES, WORKLOADS, type Decision } from "@/lib/domain/catalog";
import type { EvaluateRequest, EvaluateResponse } from "@/lib/validations/evaluate";
import type { ReferenceData } from "@/lib/validations/reference";
import { ARCHITECTURE_RULE, architectureWarnings, selectArchitecture } from "./architecture";
import type { TraceNodeKind, TraceStep, Warning } from "@/lib/domain/decision-codes";
import { DecisionInputError } from "./errors";
import { resolveFactors } from "./factors";
import { applicableKnowledgeCards, KNOWLEDGE_RULE } from "./knowledge";
import { LEAF_RULE, leafWarnings, selectCombination } from "./leaf";
import { evaluatePruning } from "./pruning";
import { screenExtraFeatures, VALIDATION_RULE, type FeatureScreening } from "./pseudo-features";
import { ROOT_NODE_RULE, rootNodeForTier } from "./root";
import { PRUNING_RULE } from "./thresholds";
import { DEFAULT_WEIGHTS } from "@/lib/domain/thresholds";
import { goFloorFor } from "@/lib/domain/go-version";
import { gomodStep } from "./gomod";

type NodeInfo = Pick<TraceStep, "title" | "rule" | "seedSection">;

/** Title, rule and source of each node, gathered once (the trace repeats them on every evaluation). */
const NODE_INFO: Readonly<Record<Exclude<TraceNodeKind, "normalizer" | "gomod">, NodeInfo>> = Object.freeze({
  root: { title: "根节点：业务连续性等级", rule: ROOT_NODE_RULE, seedSection: "《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.1" },
  validation: { title: "特征有效性校验", rule: VALIDATION_RULE, seedSection: "《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4" },
  pruning: { title: "中间节点：裁剪决策", rule: PRUNING_RULE, seedSection: "《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2" },
  leaf: { title: "叶节点：技术栈组合", rule: LEAF_RULE, seedSection: "《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.3" },
  architecture: { title: "架构类型", rule: ARCHITECTURE_RULE, seedSection: "《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章" },
  knowledge: { title: "知识卡片", rule: KNOWLEDGE_RULE, seedSection: "各卡片所出的文章（见卡片出处）" },
});
// Read once: under CommonJS transpilation (tsx) every imported binding is an accessor call.
const WEIGHTS = DEFAULT_WEIGHTS;
const LABELS: Readonly<Record<Decision, string>> = DECISION_LABELS;
const INDUSTRY_SET: ReadonlySet<string> = new Set(INDUSTRIES);
const WORKLOAD_SET: ReadonlySet<string> = new Set(WORKLOADS);

function step(node: Exclude<TraceNodeKind, "normalizer" | "gomod">, inputs: TraceStep["inputs"], outputs: TraceStep["outputs"]): TraceStep {
  const info = NODE_INFO[node];
  return { node, title: info.title, rule: info.rule, inputs, outputs, seedSection: info.seedSection };
}

function assertScenario(request: EvaluateRequest): void {
  const scenario = request?.scenario;
  if (scenario === undefined || scenario === null || typeof scenario !== "object") {
    throw new DecisionInputError("INVALID_SCENARIO", "缺少场景（scenario）", ["scenario"]);
  }
  if (!INDUSTRY_SET.has(scenario.industry)) {
    throw new DecisionInputError("INVALID_SCENARIO", `未知的行业：${String(scenario.industry)}`, ["scenario", "industry"]);
  }
  if (!WORKLOAD_SET.has(scenario.workload)) {
    throw new DecisionInputError("INVALID_SCENARIO", `未知的业务形态：${String(scenario.workload)}`, ["scenario", "workload"]);
  }
}

function validationWarnings(screening: FeatureScreening, warnings: Warning[]): void {
  for (const refused of screening.refused) {
    warnings.push({
      code: "PSEUDO_CORRELATED_FEATURE",
      message: `附加特征「${refused.name}」是伪相关变量，已拒绝作为决策输入，本案转人工协同评审：${refused.reason}`,
    });
  }
  for (const name of screening.unused) {
    warnings.push({ code: "UNUSED_EXTRA_FEATURE", message: `附加特征「${name}」不是当前决策树的输入，仅展示，不参与决策` });
  }
}

export function evaluate(request: EvaluateRequest, reference: ReferenceData): EvaluateResponse {
  const trace: TraceStep[] = [];
  const warnings: Warning[] = [];

  const rootNode = rootNodeForTier(request.tier);
  trace.push(step("root", { tier: request.tier }, rootNode));
  assertScenario(request);
  const { scenario } = request;

  // 《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.4: features are checked before any split uses them. District is never an input.
  const screening = screenExtraFeatures(request.extraFeatures);
  const routeToManualReview = screening.refused.length > 0;
  validationWarnings(screening, warnings);
  trace.push(
    step(
      "validation",
      { extraFeatures: request.extraFeatures ?? null, district: scenario.district ?? null },
      { refused: screening.refused, unused: screening.unused, routeToManualReview },
    ),
  );

  const factors = resolveFactors(request, trace, warnings);
  const result = evaluatePruning(factors.values, request.weights ?? WEIGHTS, { capAtManualReview: routeToManualReview });
  const pruning = {
    score: result.score,
    factors: result.factors,
    factorSources: factors.sources,
    weights: result.weights,
    thresholdDecision: result.thresholdDecision,
    decision: result.decision,
    routedToManualReview: result.routedToManualReview,
    margins: result.margins,
  };
  trace.push(
    step(
      "pruning",
      { factors: pruning.factors, weights: pruning.weights },
      {
        score: pruning.score,
        thresholdDecision: pruning.thresholdDecision,
        decision: pruning.decision,
        decisionLabel: LABELS[pruning.decision],
        routedToManualReview: pruning.routedToManualReview,
      },
    ),
  );

  const combination = selectCombination(scenario.density, scenario.consistency, reference.combinations, rootNode.tier);
  for (const warning of leafWarnings(combination)) warnings.push(warning);
  trace.push(
    step(
      "leaf",
      { density: scenario.density, consistency: scenario.consistency, tier: rootNode.tier, rpoMaxSeconds: rootNode.rpoMaxSeconds },
      { combinationId: combination.stack.id, consistencyMet: combination.consistencyMet, reason: combination.reason },
    ),
  );

  const architecture = selectArchitecture(scenario, reference.architectures);
  // The architecture type's Go floor, raised for a CPU family that needs more (loong64: Go 1.19).
  const cpu = request.facts?.xinchuang?.cpu;
  const goFloor = goFloorFor(architecture.profile.goFloor, cpu);
  architectureWarnings(scenario, architecture, reference.survey, warnings, goFloor);
  trace.push(
    step(
      "architecture",
      {
        workload: scenario.workload,
        industry: scenario.industry,
        crossBorder: scenario.crossBorder ?? null,
        surveyRevision: reference.survey.revision,
        ...(cpu ? { cpu } : {}),
      },
      { architecture: architecture.profile.id, matchedBy: architecture.matchedBy, reason: architecture.reason, goFloor },
    ),
  );

  // The system's own go.mod, when scanned: its cgo modules decide CGO for the cards below.
  let cgo = scenario.cgo;
  let cgoModules: readonly string[] = [];
  if (request.gomodScan) {
    const gomod = gomodStep(request.gomodScan, scenario.cgo, goFloor, cpu);
    for (const warning of gomod.warnings) warnings.push(warning);
    trace.push(gomod.step);
    cgo = gomod.cgo;
    cgoModules = gomod.cgoModules;
  }

  const knowledgeCards = applicableKnowledgeCards({ ...scenario, cgo }, reference.knowledgeCards, goFloor, cgoModules);
  trace.push(
    step(
      "knowledge",
      {
        crossBorder: scenario.crossBorder ?? null,
        cgo: cgo ?? null,
        goVersion: scenario.goVersion ?? goFloor,
        memoryLimitMb: scenario.memoryLimitMb ?? null,
        density: scenario.density,
      },
      { cards: knowledgeCards.map((applicable) => applicable.card.id) },
    ),
  );

  return { rootNode, pruning, combination, architecture, knowledgeCards, warnings, trace };
}
