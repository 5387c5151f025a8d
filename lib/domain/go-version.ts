/** Go versions are "1.xx" strings throughout the product (《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1 table). */
import type { CpuFamily } from "@/lib/domain/catalog";

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * Minor version of "1.xx", or NaN when the text is not of that form. Parsed by hand rather than
 * with a regular expression: it runs on every evaluation (knowledge cards, Go floor).
 */
export function goMinor(version: string): number {
  const n = typeof version === "string" ? version.length : 0;
  if (n < 3 || n > 4 || version.charCodeAt(0) !== 49 || version.charCodeAt(1) !== 46) return Number.NaN;
  let minor = 0;
  for (let i = 2; i < n; i += 1) {
    const code = version.charCodeAt(i);
    if (code < DIGIT_0 || code > DIGIT_9) return Number.NaN;
    minor = minor * 10 + (code - DIGIT_0);
  }
  return minor;
}

/** True when `version` ≥ `floor`; false if either is malformed. */
export function goAtLeast(version: string, floor: string): boolean {
  return goMinor(version) >= goMinor(floor);
}

/**
 * Go releases a CPU family needs whatever the architecture asks for: linux/loong64 exists from
 * Go 1.19 ("Go 1.19 adds support for the Loongson 64-bit architecture LoongArch on Linux
 * (GOOS=linux, GOARCH=loong64)", https://go.dev/doc/go1.19#loong64). The others build on every
 * release the architecture types ask for (1.18+).
 */
export const CPU_GO_FLOORS: Readonly<Partial<Record<CpuFamily, { floor: string; goarch: string }>>> = Object.freeze({
  loongson: { floor: "1.19", goarch: "loong64" },
});

/** The Go floor for a target: the architecture type's, raised to what the CPU family needs. */
export function goFloorFor(architectureFloor: string, cpu: CpuFamily | undefined): string {
  const cpuFloor = cpu ? CPU_GO_FLOORS[cpu]?.floor : undefined;
  return cpuFloor && !goAtLeast(architectureFloor, cpuFloor) ? cpuFloor : architectureFloor;
}

/** "龙芯需要 Go ≥ 1.19：Go 1.19 起才支持 linux/loong64", or undefined for a family without its own floor. */
export function cpuGoFloorNote(cpu: CpuFamily): string | undefined {
  const own = CPU_GO_FLOORS[cpu];
  return own && `目标 CPU（GOARCH=${own.goarch}）需要 Go ≥ ${own.floor}：Go ${own.floor} 起才支持 linux/${own.goarch}`;
}
