/**
 * The documented request bodies accept exactly what the server accepts, cross-field rules
 * included: every case is judged by the OpenAPI document (tests/support/json-schema.ts) and by
 * the zod schema the route handler parses with, and the two verdicts must both be the expected one.
 */
import { describe, expect, it } from "vitest";
import { BINHAI_BANK_GATEWAY, CENTOS_MYSQL_LEGACY, IOT_EDGE_NODE } from "@/lib/assessments/examples";
import { FACTORS, type Factor } from "@/lib/domain/catalog";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { ALL_OPERATIONS } from "@/lib/openapi/paths";
import { BASE_PROFILE } from "@/tests/support/compat-check";
import { BENCH_REQUEST_FACTORS, BENCH_REQUEST_FACTS } from "@/tests/support/evaluate-requests";
import { accepts, type Schema } from "@/tests/support/json-schema";

const doc = buildOpenApiDocument();

interface JsonBody {
  schema: Schema;
  example?: unknown;
}

/** The documented JSON body of an operation and the zod schema its handler parses with. */
function requestOf(operationId: string) {
  const spec = ALL_OPERATIONS.find((op) => op.operationId === operationId);
  if (!spec?.request) throw new Error(`${operationId} has no request body`);
  const operation = doc.paths[spec.path]?.[spec.method] as { requestBody: { content: Record<string, JsonBody> } };
  return { body: operation.requestBody.content["application/json"]!, server: spec.request.schema, example: spec.request.example };
}

/** Both verdicts on the body as it travels (JSON: a member set to undefined is not sent). */
function verdicts(operationId: string, body: unknown) {
  const request = requestOf(operationId);
  const sent: unknown = JSON.parse(JSON.stringify(body));
  return { document: accepts(request.body.schema, sent), server: request.server.safeParse(sent).success };
}

const expectBoth = (operationId: string, body: unknown, accepted: boolean) =>
  expect(verdicts(operationId, body), JSON.stringify(body)).toEqual({ document: accepted, server: accepted });

const omit = (value: object, ...keys: string[]) => Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
const pick = <T extends object>(value: T, keys: readonly string[]) => Object.fromEntries(Object.entries(value).filter(([key]) => keys.includes(key)));

describe("documented request bodies", () => {
  it("accept every documented example, as the server does", () => {
    const withExamples = ALL_OPERATIONS.filter((spec) => spec.request && spec.request.contentType === undefined);
    for (const { operationId } of withExamples) {
      const { body, example } = requestOf(operationId);
      const documented = example ?? (typeof body.schema === "object" ? body.schema.example : undefined);
      if (documented !== undefined) expectBoth(operationId, documented, true);
    }
  });

  describe("POST /api/v1/evaluate: each factor given in factors or in facts, never both, never neither", () => {
    const factors = BENCH_REQUEST_FACTORS.factors!;
    const facts = BENCH_REQUEST_FACTS.facts!;
    const { tier, scenario } = BENCH_REQUEST_FACTORS;
    const placed = (inFactors: readonly Factor[], inFacts: readonly Factor[]) => ({
      tier,
      scenario,
      ...(inFactors.length ? { factors: pick(factors, inFactors) } : {}),
      ...(inFacts.length ? { facts: pick(facts, inFacts) } : {}),
    });

    it("accepts every split of the three factors between factors and facts", () => {
      for (let mask = 0; mask < 2 ** FACTORS.length; mask += 1) {
        const inFactors = FACTORS.filter((_, i) => mask & (1 << i));
        expectBoth("evaluate", placed(inFactors, FACTORS.filter((f) => !inFactors.includes(f))), true);
      }
    });

    it.each(FACTORS)("refuses %s given in both places, and in neither", (factor) => {
      expectBoth("evaluate", placed(FACTORS, [factor]), false);
      expectBoth("evaluate", placed(FACTORS.filter((f) => f !== factor), []), false);
    });

    it("refuses a 信创 crypto mode that contradicts scenario.crypto, accepts an agreeing or single one", () => {
      const withCrypto = (factCrypto: string | undefined, scenarioCrypto: string | undefined) => ({
        ...placed(["goProficiency", "couplingInverse"], ["xinchuang"]),
        facts: { xinchuang: { ...facts.xinchuang, ...(factCrypto ? { crypto: factCrypto } : {}) } },
        scenario: { ...scenario, crypto: scenarioCrypto },
      });
      expectBoth("evaluate", withCrypto("none", "sm-tls13"), false);
      expectBoth("evaluate", withCrypto("sm-tlcp", "sm-tlcp"), true);
      expectBoth("evaluate", withCrypto("none", undefined), true);
      expectBoth("evaluate", withCrypto(undefined, "sm-tls13"), true);
    });
  });

  describe("POST /api/v1/assessments with submit: true: the answers that apply are required", () => {
    const submit = (answers: object) => ({ ...answers, submit: true });
    const expert = { ...omit(BINHAI_BANK_GATEWAY, "os", "database", "cpu"), expert: { xinchuang: true } };

    it.each([
      ["the three journeys", [BINHAI_BANK_GATEWAY, IOT_EDGE_NODE, CENTOS_MYSQL_LEGACY]],
      ["SM chosen with its mode", [{ ...IOT_EDGE_NODE, smRequired: true, crypto: "sm-tlcp" }]],
      ["no memory limit away from the edge", [{ ...omit(IOT_EDGE_NODE, "memoryLimitMb"), density: "regional" }]],
      ["a factor entered in expert mode", [{ ...expert, factors: { xinchuang: 0.8 } }]],
      ["expert mode switched off, facts given", [{ ...BINHAI_BANK_GATEWAY, expert: { xinchuang: false } }]],
    ])("accepts %s", (_, cases) => {
      for (const answers of cases) expectBoth("createAssessment", submit(answers), true);
    });

    it.each([
      ["finance without its crypto mode", omit(BINHAI_BANK_GATEWAY, "crypto")],
      ["another industry without smRequired", omit(IOT_EDGE_NODE, "smRequired")],
      ["SM required without its mode", { ...IOT_EDGE_NODE, smRequired: true }],
      ["an edge node without a memory limit", omit(IOT_EDGE_NODE, "memoryLimitMb")],
      ["expert mode without the factor", expert],
      ["a missing fact", omit(BINHAI_BANK_GATEWAY, "dependencies")],
      ["a team of nobody", { ...BINHAI_BANK_GATEWAY, team: { junior: 0, mid: 0, senior: 0 } }],
      ["a blank system name", { ...BINHAI_BANK_GATEWAY, systemName: " \u3000 " }],
    ])("refuses %s", (_, answers) => {
      expectBoth("createAssessment", submit(answers), false);
    });

    it("lets a draft (submit: false) leave all of them out", () => {
      expectBoth("createAssessment", { industry: "finance", submit: false }, true);
    });
  });

  describe("POST /api/v1/compat-check", () => {
    it("states the Go floor range and the blank system name the refinements refuse", () => {
      for (const goVersion of ["1.18", "1.26"]) expectBoth("createCompatCheck", { ...BASE_PROFILE, goVersion }, true);
      for (const goVersion of ["1.17", "1.27", "1.9"]) expectBoth("createCompatCheck", { ...BASE_PROFILE, goVersion }, false);
      for (const systemName of ["   ", "\u3000"]) expectBoth("createCompatCheck", { ...BASE_PROFILE, systemName }, false);
    });
  });
});
