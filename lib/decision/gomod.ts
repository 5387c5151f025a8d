/**
 * The decision path's go.mod step: what the system's own modules (the scan kept with the answers,
 * made by lib/gomod against its knowledge base) mean for the recommendation.
 *
 *  - modules that need cgo → the build needs CGO_ENABLED=1. The code decides over the answer: an
 *    architect who answered "no CGO" is evaluated with CGO on (the scheduler card, the check
 *    script's C toolchain step) and warned (GOMOD_CGO_REQUIRED);
 *  - the `go` directive against the Go floor of the recommended architecture type, raised for the
 *    target CPU (loong64 needs Go ≥ 1.19) → GOMOD_GO_BELOW_FLOOR;
 *  - the SM library found → the library (and version) the check script probes;
 *    an unmaintained one (tjfoc/gmsm) → GOMOD_SM_UNMAINTAINED with the maintained alternative;
 *  - modules to upgrade or replace for the target → GOMOD_MODULES_TO_FIX;
 *  - a scan made for another GOARCH than the evaluated CPU → GOMOD_TARGET_MISMATCH.
 */
import type { CpuFamily } from "@/lib/domain/catalog";
import type { TraceStep, Warning } from "@/lib/domain/decision-codes";
import { CPU_GO_FLOORS, goAtLeast } from "@/lib/domain/go-version";
import { LEGACY_SM_LIBRARY_NOTE, SM_LIBRARY_ADVICE, SM_LIBRARY_FACTS, TLCP_ADVICE } from "@/lib/domain/sm-libraries";
import type { StoredGoModScan } from "@/lib/validations/evaluate";

export const GOMOD_TITLE = "go.mod 模块扫描";

export const GOMOD_RULE =
  "go.mod 中有需要 cgo 的模块 → 构建须 CGO_ENABLED=1（问卷选择不启用 CGO 时以 go.mod 为准并警告），调度器卡片按 CGO_ENABLED=1 判断；go 指令低于 Go 版本下限（架构类型的下限，龙芯 loong64 ≥ 1.19）→ 警告；发现的国密库 → 检查脚本探测该库及 go.mod 中的版本；不再维护的国密库（tjfoc/gmsm）→ 警告并给出持续维护的替代；需升级或替换的模块 → 警告";

/** GOARCH of a catalog CPU family, as the scan and the check script use it. */
const CPU_GOARCH: Readonly<Record<CpuFamily, string>> = {
  phytium: "arm64",
  kunpeng: "arm64",
  "arm-foreign": "arm64",
  hygon: "amd64",
  "x86-foreign": "amd64",
  loongson: "loong64",
};

export interface GomodStepResult {
  step: TraceStep;
  warnings: Warning[];
  /** CGO as the rest of the evaluation must see it: true when a module needs it, else the answer. */
  cgo: boolean | undefined;
  /** The modules that need cgo (for the scheduler card's reason); empty when none. */
  cgoModules: readonly string[];
}

/** "1.21.3" → "1.21" (goAtLeast compares 1.N). */
function minorOf(version: string): string {
  return version.split(".").slice(0, 2).join(".").replace(/[a-z].*$/, "");
}

function listed(paths: readonly string[], max = 4): string {
  return paths.length <= max ? paths.join("、") : `${paths.slice(0, max).join("、")} 等 ${paths.length} 个`;
}

export function gomodStep(scan: StoredGoModScan, answeredCgo: boolean | undefined, goFloor: string, cpu: CpuFamily | undefined): GomodStepResult {
  const warnings: Warning[] = [];
  const { effects, summary } = scan;
  const cgoModules = effects.cgoRequired.required ? effects.cgoRequired.modules : [];
  const cgo = cgoModules.length > 0 ? true : answeredCgo;
  const overridden = cgoModules.length > 0 && answeredCgo === false;
  if (overridden) {
    warnings.push({
      code: "GOMOD_CGO_REQUIRED",
      message: `go.mod 中的 ${listed(cgoModules)} 需要 cgo，而问卷选择了不启用 CGO：本结果按 CGO_ENABLED=1 评估（调度器卡片、检查脚本的 C 工具链检查），请为目标架构准备 C 交叉工具链，或按扫描结果改用纯 Go 的替代模块`,
    });
  }

  const directive = scan.goDirective;
  const meetsFloor = directive === null ? null : goAtLeast(minorOf(directive), goFloor);
  const cpuFloor = cpu ? CPU_GO_FLOORS[cpu] : undefined;
  if (directive !== null && meetsFloor === false) {
    const why = cpuFloor && cpuFloor.floor === goFloor ? `（目标 CPU GOARCH=${cpuFloor.goarch} 需要 Go ≥ ${cpuFloor.floor}）` : "（推荐架构类型的下限）";
    warnings.push({
      code: "GOMOD_GO_BELOW_FLOOR",
      message: `go.mod 的 go 指令 ${directive} 低于 Go 版本下限 ${goFloor}${why}：须用 Go ≥ ${goFloor} 构建，建议执行 go mod edit -go=${goFloor} 并回归测试`,
    });
  }

  const probe = effects.smLibrary.probe;
  const unmaintained = effects.smLibrary.found.filter((f) => !f.maintained);
  if (unmaintained.length > 0) {
    const names = unmaintained.map((f) => `${f.module} ${f.version}${f.localCopy ? `（本地副本 ${f.localCopy}）` : ""}`);
    warnings.push({
      code: "GOMOD_SM_UNMAINTAINED",
      message: `go.mod 使用不再维护的国密库 ${names.join("、")}：${LEGACY_SM_LIBRARY_NOTE}；改用持续维护的 ${SM_LIBRARY_ADVICE}，${TLCP_ADVICE}`,
    });
  }

  const toFix = scan.findings.filter((f) => f.verdict === "upgrade" || f.verdict === "replace");
  if (toFix.length > 0) {
    const items = toFix.map((f) =>
      f.verdict === "upgrade" ? `${f.path} ${f.version} → ≥ ${f.upgradeTo ?? "?"}` : `${f.path} → ${f.replaceWith ?? "替换"}`,
    );
    warnings.push({ code: "GOMOD_MODULES_TO_FIX", message: `go.mod 中 ${toFix.length} 个模块需升级或替换：${items.join("；")}` });
  }

  const evaluatedArch = cpu ? CPU_GOARCH[cpu] : undefined;
  if (evaluatedArch && evaluatedArch !== scan.target.arch) {
    warnings.push({
      code: "GOMOD_TARGET_MISMATCH",
      message: `go.mod 是按 GOARCH=${scan.target.arch} 扫描的，而目标 CPU 为 GOARCH=${evaluatedArch}：架构相关的结论可能不成立，请在问卷中重新扫描`,
    });
  }

  const step: TraceStep = {
    node: "gomod",
    title: GOMOD_TITLE,
    rule: GOMOD_RULE,
    inputs: {
      knowledgeVersion: scan.knowledgeVersion,
      goModule: scan.module,
      scanArch: scan.target.arch,
      modules: summary.total,
      answeredCgo: answeredCgo ?? null,
      goDirective: directive,
      goFloor,
    },
    outputs: {
      verdictCounts: `可用 ${summary.ok} · 需要 cgo ${summary["needs-cgo"]} · 需升级 ${summary.upgrade} · 建议替换 ${summary.replace} · 未收录/未核实 ${summary.unknown}`,
      cgoModules: [...cgoModules],
      cgo: cgo ?? null,
      cgoOverridden: overridden,
      goDirectiveMeetsFloor: meetsFloor,
      smProbe: probe ? `${probe.module} ${probe.version}` : null,
      smUnmaintained: unmaintained.map((f) => f.module),
      smAlternative: unmaintained.length > 0 ? SM_LIBRARY_FACTS.emmansun.modulePath : null,
      modulesToFix: toFix.map((f) => f.path),
      databasesCovered: [...effects.databases.covered],
    },
    seedSection: `go.mod 知识库 ${scan.knowledgeVersion}`,
  };
  return { step, warnings, cgo, cgoModules };
}
