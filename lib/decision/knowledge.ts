/**
 * Which knowledge cards (《Go 语言微服务跨国通信协议选型》、《Go 语言以后的发展趋势》、《Go 1.22 新特性对大厂存量系统的影响评估》、《服务网格演进与轻量级 Sidecar 的必要性》) a recommendation touches, and why.
 *
 *  - cross-border latency (crossBorder flag or the cross-border e-commerce industry) → protocols (《Go 语言微服务跨国通信协议选型》)
 *  - CGO_ENABLED=1 (answered, or required by the scanned go.mod) with Go ≥ 1.22 (planned, else the architecture's floor) → scheduler (《Go 1.22 新特性对大厂存量系统的影响评估》)
 *  - memory limit ≤ 45 MB or an edge node (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1) → sidecars (《服务网格演进与轻量级 Sidecar 的必要性》) + edge build flags
 *  - a device or an edge node → TinyGo / WASI (《Go 语言以后的发展趋势》)
 */
import { DENSITY_LABELS, type Density, type Industry } from "@/lib/domain/catalog";
import type { KnowledgeCard, KnowledgeCardId } from "@/lib/validations/reference";
import { ReferenceDataError } from "./errors";
import { goAtLeast } from "@/lib/domain/go-version";

/** 《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1: IoT edge services must stay within 45 MB. */
export const EDGE_MEMORY_LIMIT_MB = 45;
/** 《Go 1.22 新特性对大厂存量系统的影响评估》: the work-stealing change arrived in Go 1.22. */
export const SCHEDULER_CHANGE_VERSION = "1.22";
/** 《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1: build flags and forbidden imports for edge nodes. */
export const EDGE_BUILD_FLAGS: readonly string[] = Object.freeze(['-ldflags="-s -w"']);
export const EDGE_FORBIDDEN_IMPORTS: readonly string[] = Object.freeze(["net/http/pprof"]);

export const KNOWLEDGE_RULE =
  "跨境链路或跨境电商 → 跨境协议卡片；CGO_ENABLED=1 且 Go ≥ 1.22（未给出时取架构最低版本）→ 调度器卡片；内存上限 ≤ 45 MB 或边缘节点 → Sidecar 卡片与精简构建参数；终端设备或边缘节点 → TinyGo/WASI 卡片";

export interface KnowledgeScenario {
  industry: Industry;
  density: Density;
  crossBorder?: boolean;
  cgo?: boolean;
  goVersion?: string;
  memoryLimitMb?: number;
}

export interface ApplicableCard {
  card: KnowledgeCard;
  reason: string;
  advice: string[];
}

const ADVICE: Readonly<Record<KnowledgeCardId, readonly string[]>> = Object.freeze({
  "cross-border-protocols": ["跨境调用优先评估 gRPC-Web：实测尾延迟与错误率最低", "GraphQL over HTTP/2 在高丢包链路上错误率最高，跨境主链路慎用"],
  "go122-scheduler": [
    "把经 cgo 调用的国密库放进有界 worker 池并设置超时",
    "避免粗粒度互斥锁保护的长任务和长周期 sleep 轮询",
    "上线前用 go tool trace 对比升级前后的调度延迟",
  ],
  "edge-sidecars": [
    `构建参数：${EDGE_BUILD_FLAGS.join(" ")}`,
    `不要引入 ${EDGE_FORBIDDEN_IMPORTS.join("、")}`,
    "Sidecar 本身占用十余 MB，在 45 MB 上限内优先选最轻的方案或不用 Sidecar",
  ],
  "tinygo-wasi": ["资源受限的终端可评估 TinyGo（嵌入式目标无 GC）或 WASI 目标", "TinyGo 只支持部分标准库与反射，迁移前逐个核对依赖"],
});

function card(cards: readonly KnowledgeCard[], id: KnowledgeCardId, reason: string): ApplicableCard {
  for (const candidate of cards) {
    if (candidate.id === id) return { card: candidate, reason, advice: ADVICE[id] as string[] };
  }
  throw new ReferenceDataError(`参考数据中缺少知识卡片 ${id}`);
}

/**
 * The cards that apply, each with its reason. `goFloor` is the chosen architecture's minimum Go
 * version, used when the scenario names no planned version.
 */
export function applicableKnowledgeCards(
  scenario: KnowledgeScenario,
  cards: readonly KnowledgeCard[],
  goFloor?: string,
  /** Modules of the scanned go.mod that need cgo: then CGO comes from the code, and the reason says so. */
  cgoModules: readonly string[] = [],
): ApplicableCard[] {
  const out: ApplicableCard[] = [];
  if (scenario.crossBorder === true || scenario.industry === "cross-border-ecommerce") {
    out.push(card(cards, "cross-border-protocols", scenario.crossBorder ? "场景包含跨境链路" : "行业为跨境电商，存在跨境链路"));
  }
  const goVersion = scenario.goVersion ?? goFloor;
  if (scenario.cgo === true && goVersion !== undefined && goAtLeast(goVersion, SCHEDULER_CHANGE_VERSION)) {
    const source = scenario.goVersion === undefined ? "（未给出计划版本，取架构最低版本）" : "";
    const cgoWhy = cgoModules.length > 0 ? `go.mod 中 ${cgoModules.join("、")} 需要 cgo（CGO_ENABLED=1）` : "启用 CGO_ENABLED=1";
    out.push(card(cards, "go122-scheduler", `${cgoWhy}，且 Go ${goVersion}${source} ≥ 1.22`));
  }
  const tightMemory = scenario.memoryLimitMb !== undefined && scenario.memoryLimitMb <= EDGE_MEMORY_LIMIT_MB;
  if (tightMemory || scenario.density === "edge-node") {
    const reason = tightMemory
      ? `内存上限 ${scenario.memoryLimitMb} MB ≤ ${EDGE_MEMORY_LIMIT_MB} MB`
      : `部署在边缘节点，须满足 ≤ ${EDGE_MEMORY_LIMIT_MB} MB 内存上限（《Golang 天津技术栈选型决策树（2024 京津冀版）》第一章）`;
    out.push(card(cards, "edge-sidecars", reason));
  }
  if (scenario.density === "device" || scenario.density === "edge-node") {
    out.push(card(cards, "tinygo-wasi", `部署密度为${DENSITY_LABELS[scenario.density]}`));
  }
  return out;
}
