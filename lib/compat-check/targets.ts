/**
 * What a target profile means on the machine: the os-release id and version to expect,
 * the Kylin service pack, `uname -m`, the Go GOARCH, and the qemu-user binary that can
 * emulate it for a dry run on another host.
 */
import { DEFAULT_KYLIN_SERVICE_PACK, type KylinServicePack, type TargetOs } from "@/lib/domain/catalog";
import type { ScriptCpu, ScriptOs } from "@/lib/validations/compat-check";

export interface OsTarget {
  /** `ID=` in /etc/os-release, lower-cased (openEuler writes `openEuler`). */
  osReleaseId: "kylin" | "uos" | "openeuler";
  /** `VERSION_ID=`: exact family for Kylin/UOS, minimum for openEuler. */
  version: string;
  /** Kylin V10 service pack, read from /etc/.productinfo; null elsewhere. */
  servicePack: number | null;
}

export const OS_TARGETS: Record<ScriptOs, OsTarget> = {
  "kylin-v10-sp1": { osReleaseId: "kylin", version: "V10", servicePack: 1 },
  "kylin-v10-sp2": { osReleaseId: "kylin", version: "V10", servicePack: 2 },
  "kylin-v10-sp3": { osReleaseId: "kylin", version: "V10", servicePack: 3 },
  "uos-20": { osReleaseId: "uos", version: "20", servicePack: null },
  "openeuler-20.03": { osReleaseId: "openeuler", version: "20.03", servicePack: null },
  "openeuler-22.03": { osReleaseId: "openeuler", version: "22.03", servicePack: null },
};

export type GoArch = "arm64" | "amd64" | "loong64";

export interface CpuTarget {
  unameM: "aarch64" | "x86_64" | "loongarch64";
  goarch: GoArch;
  /** qemu-user-static binary for emulated runs (PROBE_EXEC). */
  qemuUser: string;
}

export const CPU_TARGETS: Record<ScriptCpu, CpuTarget> = {
  phytium: { unameM: "aarch64", goarch: "arm64", qemuUser: "qemu-aarch64-static" },
  kunpeng: { unameM: "aarch64", goarch: "arm64", qemuUser: "qemu-aarch64-static" },
  hygon: { unameM: "x86_64", goarch: "amd64", qemuUser: "qemu-x86_64-static" },
  loongson: { unameM: "loongarch64", goarch: "loong64", qemuUser: "qemu-loongarch64-static" },
};

/**
 * Kylin V10 targets the service pack the architect chose; without one, the Tianjin government
 * cloud baseline SP3 (《Golang 天津技术栈选型决策树（2024 京津冀版）》 §1), and the review step and the result say so
 * (KYLIN_SERVICE_PACK_ASSUMPTION). Non-信创 systems have no script target.
 */
export function scriptOsForTargetOs(os: TargetOs, servicePack?: KylinServicePack): ScriptOs | null {
  switch (os) {
    case "kylin-v10":
      return `kylin-v10-${servicePack ?? DEFAULT_KYLIN_SERVICE_PACK}`;
    case "uos-20":
    case "openeuler-20.03":
    case "openeuler-22.03":
      return os;
    default:
      return null;
  }
}
