import { describe, expect, it } from "vitest";
import { goAtLeast, goMinor } from "@/lib/domain/go-version";
import { applicableKnowledgeCards, EDGE_BUILD_FLAGS, type KnowledgeScenario } from "./knowledge";
import { loadReference } from "@/tests/support/reference-data";

const { knowledgeCards } = loadReference();
const ids = (scenario: Partial<KnowledgeScenario>, goFloor?: string) =>
  applicableKnowledgeCards({ industry: "other", density: "central-cloud", ...scenario }, knowledgeCards, goFloor).map((c) => c.card.id);

describe("applicableKnowledgeCards", () => {
  it("shows nothing for a plain central-cloud system", () => {
    expect(ids({})).toEqual([]);
  });

  it("cross-border flag or industry → protocols card (《Go 语言微服务跨国通信协议选型》)", () => {
    expect(ids({ crossBorder: true })).toEqual(["cross-border-protocols"]);
    expect(ids({ industry: "cross-border-ecommerce" })).toEqual(["cross-border-protocols"]);
  });

  it("CGO_ENABLED=1 with Go ≥ 1.22 → scheduler card (《Go 1.22 新特性对大厂存量系统的影响评估》), using the floor when no version is planned", () => {
    expect(ids({ cgo: true, goVersion: "1.22" })).toEqual(["go122-scheduler"]);
    expect(ids({ cgo: true, goVersion: "1.23" })).toEqual(["go122-scheduler"]);
    expect(ids({ cgo: true, goVersion: "1.21" })).toEqual([]);
    expect(ids({ cgo: false, goVersion: "1.22" })).toEqual([]);
    expect(ids({ cgo: true }, "1.22")).toEqual(["go122-scheduler"]);
    expect(ids({ cgo: true }, "1.19")).toEqual([]);
    expect(ids({ cgo: true, goVersion: "1.21" }, "1.22")).toEqual([]);
  });

  it("≤ 45 MB or an edge node → sidecars card with the edge build flags (《服务网格演进与轻量级 Sidecar 的必要性》, 《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1)", () => {
    expect(ids({ memoryLimitMb: 45 })).toEqual(["edge-sidecars"]);
    expect(ids({ memoryLimitMb: 45.5 })).toEqual([]);
    const [sidecars] = applicableKnowledgeCards({ industry: "other", density: "central-cloud", memoryLimitMb: 32 }, knowledgeCards);
    expect(sidecars?.advice.join()).toContain(EDGE_BUILD_FLAGS[0]);
    expect(sidecars?.advice.join()).toContain("net/http/pprof");
    expect(sidecars?.reason).toContain("32 MB");
  });

  it("device or edge node → TinyGo/WASI card (《Go 语言以后的发展趋势》)", () => {
    expect(ids({ density: "device" })).toEqual(["tinygo-wasi"]);
    expect(ids({ density: "edge-node" })).toEqual(["edge-sidecars", "tinygo-wasi"]);
  });

  it("gives every card a reason", () => {
    const cards = applicableKnowledgeCards(
      { industry: "cross-border-ecommerce", density: "edge-node", cgo: true, goVersion: "1.22" },
      knowledgeCards,
    );
    expect(cards).toHaveLength(4);
    for (const card of cards) expect(card.reason.length).toBeGreaterThan(4);
  });
});

describe("go versions", () => {
  it("parses 1.xx only", () => {
    expect(goMinor("1.22")).toBe(22);
    expect(goMinor("1.9")).toBe(9);
    for (const bad of ["", "1.", "2.1", "1.x", "1.222", "v1.22", "1,22"]) expect(goMinor(bad)).toBeNaN();
    expect(goAtLeast("1.22", "1.22")).toBe(true);
    expect(goAtLeast("1.9", "1.18")).toBe(false);
    expect(goAtLeast("bad", "1.18")).toBe(false);
  });
});
