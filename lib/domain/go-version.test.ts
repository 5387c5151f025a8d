/** Go floors: the architecture type's, raised where the target CPU needs a newer Go (loong64 ≥ 1.19). */
import { describe, expect, it } from "vitest";
import { cpuGoFloorNote, goFloorFor } from "./go-version";

describe("goFloorFor", () => {
  it("raises a floor below Go 1.19 to 1.19 for Loongson (linux/loong64 exists from Go 1.19)", () => {
    expect(goFloorFor("1.18", "loongson")).toBe("1.19");
    expect(goFloorFor("1.19", "loongson")).toBe("1.19");
    expect(goFloorFor("1.22", "loongson")).toBe("1.22");
  });

  it("keeps the architecture type's floor for other CPUs or none", () => {
    for (const cpu of ["phytium", "kunpeng", "hygon", "x86-foreign", undefined] as const) expect(goFloorFor("1.18", cpu)).toBe("1.18");
    expect(cpuGoFloorNote("phytium")).toBeUndefined();
    expect(cpuGoFloorNote("loongson")).toContain("GOARCH=loong64");
  });
});
