import { describe, expect, it } from "vitest";
import { canonicalVersion, compareSemver, isCanonicalVersion, isDirectoryPath, isPseudoVersion, isValidToolchain, majorMismatch, pathMajor } from "./version";

describe("versions", () => {
  it("canonicalises semantic versions as the go command does", () => {
    expect(canonicalVersion("v1")).toBe("v1.0.0");
    expect(canonicalVersion("v1.2")).toBe("v1.2.0");
    expect(canonicalVersion("v1.2.3-rc.1+build.5")).toBe("v1.2.3-rc.1");
    expect(canonicalVersion("v2.0.0+incompatible")).toBe("v2.0.0+incompatible");
    for (const bad of ["1.2.3", "v", "v1.2.3.4", "v01.2.3", "v1.2-pre", "v1.2.3-", "v1.2.3-01", "v1.2.3+", "v1..2", "latest"]) expect(canonicalVersion(bad)).toBeNull();
    expect(isCanonicalVersion("v1.2.3-0.20220325020618-49ff273808a1")).toBe(true);
    expect(isCanonicalVersion("v1.2")).toBe(false);
  });

  it("recognises the three pseudo-version forms", () => {
    expect(isPseudoVersion("v0.0.0-20210630005230-0f9fa26af87c")).toBe(true);
    expect(isPseudoVersion("v0.10.2-0.20220325020618-49ff273808a1")).toBe(true);
    expect(isPseudoVersion("v3.6.0-beta.0.0.20260116184858-6d944ca211ee")).toBe(true);
    expect(isPseudoVersion("v11.0.1-0.20190409021438-1a26190bd76a+incompatible")).toBe(true);
    expect(isPseudoVersion("v1.2.3")).toBe(false);
    expect(isPseudoVersion("v1.2.3-rc.1")).toBe(false);
    expect(isPseudoVersion("v1.2.3-20210630005230-0f9fa26af87c")).toBe(false);
    expect(isPseudoVersion("v0.0.0-2021063000523-0f9fa26af87c")).toBe(false);
  });

  it("orders versions by semantic-version precedence", () => {
    const sorted = ["v1.10.0", "v1.2.0", "v1.2.0-rc.1", "v1.2.0-rc.10", "v1.2.0-rc.2", "v1.2.0-alpha", "v0.9.0", "junk"].sort(compareSemver);
    expect(sorted).toEqual(["junk", "v0.9.0", "v1.2.0-alpha", "v1.2.0-rc.1", "v1.2.0-rc.2", "v1.2.0-rc.10", "v1.2.0", "v1.10.0"]);
    expect(compareSemver("v2.0.0+incompatible", "v2.0.0")).toBe(0);
  });
});

describe("paths", () => {
  it("reads major-version suffixes, gopkg.in included", () => {
    expect(pathMajor("github.com/a/b")).toBe("");
    expect(pathMajor("github.com/a/b/v2")).toBe("/v2");
    expect(pathMajor("github.com/a/b/v1")).toBeNull();
    expect(pathMajor("github.com/a/b/v2.1")).toBeNull();
    expect(pathMajor("gopkg.in/yaml.v3")).toBe(".v3");
    expect(pathMajor("gopkg.in/yaml")).toBeNull();
    expect(majorMismatch("v0.0.0-20161208181325-20d25e280405", ".v1")).toBe("");
    expect(majorMismatch("v3.0.1", ".v3")).toBe("");
    expect(majorMismatch("v2.3.0+incompatible", "")).toBe("");
  });

  it("tells directory targets from module paths, Unix and Windows", () => {
    for (const p of [".", "..", "./x", "../x", "/abs", ".\\x", "..\\x", "\\x", "C:\\x", "c:/x"]) expect(isDirectoryPath(p)).toBe(true);
    for (const p of ["github.com/a/b", ".x", "x/./y"]) expect(isDirectoryPath(p)).toBe(false);
  });

  it("accepts toolchain names go1… and default", () => {
    for (const t of ["go1.21.3", "go1.22rc1", "go1.21.0-gccgo", "default", "go1"]) expect(isValidToolchain(t)).toBe(true);
    for (const t of ["1.21", "go2", "local", "go10.1"]) expect(isValidToolchain(t)).toBe(false);
  });
});
