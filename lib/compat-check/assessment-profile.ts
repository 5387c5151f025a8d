/**
 * The check script's target profile for a submitted assessment: the machine the architect
 * answered about, with the Go floor of the recommended architecture type (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1).
 * Answers that name no 信创 target (CentOS, other Linux, or an expert-mode factor without facts)
 * are checked against the Tianjin government-cloud baseline, Kylin V10 SP3 on Phytium (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §1):
 * the script then reports honestly where the real machine differs.
 */
import { applicableAnswers, servicePackApplies } from "@/lib/domain/applicability";
import { KYLIN_SERVICE_PACK_ASSUMPTION } from "@/lib/domain/catalog";
import { goAtLeast, goFloorFor } from "@/lib/domain/go-version";
import { RECOMMENDED_SM_LIBRARY } from "@/lib/domain/sm-libraries";
import type { Answers, DraftAnswers } from "@/lib/validations/assessment";
import type { CompatCheckProfileInput, ScriptCpu } from "@/lib/validations/compat-check";
import { MEMORY_LIMIT_MIN_MB, SCRIPT_CPUS } from "@/lib/validations/compat-check";
import type { EvaluateResponse } from "@/lib/validations/evaluate";
import { scriptOsForTargetOs } from "./targets";

const BASELINE = { os: "kylin-v10-sp3", cpu: "phytium" } as const;
const EDGE_DENSITIES = new Set(["edge-node", "device"]);

function isScriptCpu(cpu: string | undefined): cpu is ScriptCpu {
  return (SCRIPT_CPUS as readonly string[]).includes(cpu ?? "");
}

/**
 * What the result says about the script's target when the answers leave it to an assumption:
 * Kylin V10 without a service pack is checked as SP3. Null when the architect named the target.
 */
export function scriptTargetAssumption(answers: DraftAnswers): string | null {
  const a = applicableAnswers(answers);
  return servicePackApplies(a) && a.kylinServicePack === undefined ? KYLIN_SERVICE_PACK_ASSUMPTION : null;
}

export function compatProfileForAssessment(answers: Answers, result: EvaluateResponse): CompatCheckProfileInput {
  // The architecture type's floor, raised for a CPU family that needs more (loong64: Go 1.19).
  const floor = goFloorFor(result.architecture.profile.goFloor, answers.cpu);
  const goVersion = answers.goVersion && goAtLeast(answers.goVersion, floor) ? answers.goVersion : floor;
  const edge = EDGE_DENSITIES.has(answers.density) && typeof answers.memoryLimitMb === "number";
  return {
    // The script's schema refuses control characters; an assessment name is free text.
    systemName: answers.systemName.replace(/\p{C}/gu, " ").trim() || "未命名系统",
    os: (answers.os && scriptOsForTargetOs(answers.os, answers.kylinServicePack)) || BASELINE.os,
    cpu: isScriptCpu(answers.cpu) ? answers.cpu : BASELINE.cpu,
    goVersion,
    crypto: answers.crypto ?? "none",
    // The scanned go.mod decides over the answer, as in the engine (lib/decision/gomod.ts): a
    // module that needs cgo means the target must build with CGO_ENABLED=1 and a C toolchain.
    cgo: answers.cgo || answers.gomod?.scan.effects.cgoRequired.required === true,
    memoryLimitMb: edge ? Math.max(MEMORY_LIMIT_MIN_MB, Math.round(answers.memoryLimitMb as number)) : null,
    // The library the scanned go.mod uses (its probe), else the maintained one the engine recommends
    // (lib/domain/sm-libraries.ts); on the machine --gomod picks the version, GMSM_LIB overrides both.
    smLibrary: answers.gomod?.scan.effects.smLibrary.probe?.library ?? RECOMMENDED_SM_LIBRARY,
  };
}
