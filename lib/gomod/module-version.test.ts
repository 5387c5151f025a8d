/** Go module version order (semver with "v", pseudo-versions, +incompatible) and range matching. */
import { describe, expect, it } from "vitest";
import {
  ModuleVersionError,
  compareModuleVersions,
  isModuleVersion,
  isVersionRange,
  parseVersionRange,
  versionAtLeast,
  versionInRange,
} from "./module-version";
import { isPseudoVersion } from "./version";

const sign = (n: number) => Math.sign(n);

describe("isModuleVersion", () => {
  it("accepts releases, pre-releases, pseudo-versions and +incompatible", () => {
    for (const v of [
      "v0.0.0",
      "v1.2.3",
      "v1.2.3-rc.1",
      "v2.0.0+incompatible",
      "v0.0.0-20210630005230-0f9fa26af87c",
      "v1.2.4-0.20210630005230-0f9fa26af87c",
      "v1.2.3-pre.0.20210630005230-0f9fa26af87c",
      "v10.20.30",
    ])
      expect(isModuleVersion(v), v).toBe(true);
    // The same scanner as the go.mod parser: a pseudo-version is recognised as one, a release is not.
    expect(isPseudoVersion("v0.0.0-20210630005230-0f9fa26af87c")).toBe(true);
    expect(isPseudoVersion("v1.2.3")).toBe(false);
  });

  it("rejects what is not a Go module version", () => {
    // Non-canonical forms the go command would rewrite (short, other build metadata) are not go.mod versions.
    for (const v of ["", "1.2.3", "v1.2", "v1", "v1.2.3+build.5", "V1.2.3", "v01.2.3", "v1.02.3", "v1.2.3-01", "v1.2.3-", "v1.2.3+", "v1.2.3-a..b", "v1.2.3 ", "latest", "v1.2.3-é", null, 3, undefined])
      expect(isModuleVersion(v as unknown), String(v)).toBe(false);
    expect(isModuleVersion(`v1.2.3-${"a".repeat(300)}`)).toBe(false);
  });
});

describe("compareModuleVersions", () => {
  it("orders by major, minor, patch numerically", () => {
    expect(sign(compareModuleVersions("v1.2.3", "v1.2.4"))).toBe(-1);
    expect(sign(compareModuleVersions("v1.10.0", "v1.9.9"))).toBe(1);
    expect(sign(compareModuleVersions("v2.0.0", "v10.0.0"))).toBe(-1);
    expect(compareModuleVersions("v1.2.3", "v1.2.3")).toBe(0);
  });

  it("puts a pre-release before its release and orders identifiers by semver rules", () => {
    expect(sign(compareModuleVersions("v1.0.0-rc.1", "v1.0.0"))).toBe(-1);
    expect(sign(compareModuleVersions("v1.0.0-alpha", "v1.0.0-alpha.1"))).toBe(-1);
    expect(sign(compareModuleVersions("v1.0.0-alpha.1", "v1.0.0-alpha.beta"))).toBe(-1);
    expect(sign(compareModuleVersions("v1.0.0-beta.2", "v1.0.0-beta.11"))).toBe(-1);
    expect(sign(compareModuleVersions("v1.0.0-rc.1", "v1.0.0-beta.11"))).toBe(1);
    expect(sign(compareModuleVersions("v1.9.3-RC3", "v1.9.3"))).toBe(-1);
  });

  it("orders pseudo-versions against releases the way Go does", () => {
    const base0 = "v0.0.0-20210630005230-0f9fa26af87c";
    expect(sign(compareModuleVersions(base0, "v0.0.0"))).toBe(-1);
    expect(sign(compareModuleVersions(base0, "v0.0.1"))).toBe(-1);
    expect(sign(compareModuleVersions(base0, "v0.0.0-20220101000000-aaaaaaaaaaaa"))).toBe(-1);
    // vX.Y.(Z+1)-0.timestamp: after vX.Y.Z, before vX.Y.(Z+1)
    const after123 = "v1.2.4-0.20210630005230-0f9fa26af87c";
    expect(sign(compareModuleVersions(after123, "v1.2.3"))).toBe(1);
    expect(sign(compareModuleVersions(after123, "v1.2.4"))).toBe(-1);
    expect(sign(compareModuleVersions(after123, "v1.2.4-rc.1"))).toBe(-1);
    // pre-release based pseudo-version: after the pre-release it was built on
    expect(sign(compareModuleVersions("v1.2.3-pre.0.20210630005230-0f9fa26af87c", "v1.2.3-pre"))).toBe(1);
    expect(sign(compareModuleVersions("v1.2.3-pre.0.20210630005230-0f9fa26af87c", "v1.2.3"))).toBe(-1);
  });

  it("ignores build metadata such as +incompatible", () => {
    expect(compareModuleVersions("v2.0.0+incompatible", "v2.0.0")).toBe(0);
    expect(sign(compareModuleVersions("v6.15.9+incompatible", "v7.0.0"))).toBe(-1);
  });

  it("compares numbers beyond 2^53 exactly", () => {
    expect(sign(compareModuleVersions("v1.0.0-9007199254740993", "v1.0.0-9007199254740992"))).toBe(1);
  });

  it("throws a ModuleVersionError on bad input", () => {
    expect(() => compareModuleVersions("1.0.0", "v1.0.0")).toThrow(ModuleVersionError);
    expect(() => compareModuleVersions("v1.0.0", "x")).toThrow(/不是合法的 Go 模块版本号/);
  });
});

describe("ranges", () => {
  it("parses *, comparators and alternatives", () => {
    expect(parseVersionRange("*")).toEqual([[]]);
    expect(parseVersionRange(">=v0.0.0 <v1.14.0")).toEqual([[{ op: ">=", version: "v0.0.0" }, { op: "<", version: "v1.14.0" }]]);
    expect(parseVersionRange("v1.0.0")).toEqual([[{ op: "=", version: "v1.0.0" }]]);
    expect(parseVersionRange("<v1.0.0 || >=v2.0.0")).toHaveLength(2);
    for (const bad of ["", " ", ">=1.0.0", "=>v1.0.0", "<v1", "v1.0.0 ||", "** ", 5, null]) expect(isVersionRange(bad as unknown), String(bad)).toBe(false);
  });

  it("matches boundaries exactly", () => {
    const r = ">=v1.2.0 <v1.4.0";
    expect(versionInRange("v1.2.0", r)).toBe(true);
    expect(versionInRange("v1.3.9", r)).toBe(true);
    expect(versionInRange("v1.4.0", r)).toBe(false);
    expect(versionInRange("v1.4.0-rc.1", r)).toBe(true); // a pre-release of v1.4.0 is below v1.4.0
    expect(versionInRange("v1.1.9", r)).toBe(false);
    expect(versionInRange("v1.2.0-0.20200101000000-abcdefabcdef", r)).toBe(false);
    expect(versionInRange("v9.9.9", "*")).toBe(true);
    expect(versionInRange("v1.0.0", "<=v1.0.0")).toBe(true);
    expect(versionInRange("v1.0.0", ">v1.0.0")).toBe(false);
    expect(versionInRange("v3.0.0", "<v1.0.0 || >=v2.0.0")).toBe(true);
    expect(versionInRange("v1.5.0", "<v1.0.0 || >=v2.0.0")).toBe(false);
  });

  it("throws on a bad version or range", () => {
    expect(() => versionInRange("1.0", "*")).toThrow(ModuleVersionError);
    expect(() => versionInRange("v1.0.0", "nope")).toThrow(/不是合法的版本范围/);
  });

  it("versionAtLeast is >=", () => {
    expect(versionAtLeast("v0.0.2", "v0.0.2")).toBe(true);
    expect(versionAtLeast("v0.0.1", "v0.0.2")).toBe(false);
    expect(versionAtLeast("v0.0.2-0.20200101000000-abcdefabcdef", "v0.0.2")).toBe(false);
  });
});
