/**
 * Every generated variant passes `shellcheck -S style` (all severities).
 *
 * 6 OS × 4 CPU × 3 crypto × CGO on/off × memory limit or none × 2 libraries = 576 scripts,
 * and shellcheck needs about a second of CPU per script — too slow to run on each. The
 * variants differ only in (a) the values of their `readonly P_*=` lines and (b) which probe
 * heredocs are embedded; so the test checks every distinct *shape* (the script with each
 * constant's value replaced by a placeholder of the same quoting style) in full, every
 * distinct constant line in one extra file, and a spread of complete variants as a spot
 * check that the decomposition holds. All in shellcheck calls run side by side.
 */
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CRYPTO_MODES } from "@/lib/domain/catalog";
import { SCRIPT_CPUS, SCRIPT_OSES, SM_LIBRARIES, type CompatCheckProfileInput } from "@/lib/validations/compat-check";
import { generateCompatCheck } from "./generate";
import { removeTempDirs, requirements, tempDir } from "@/tests/support/compat-check";

const HOSTILE_NAMES = ["$(touch /tmp/pwned) `id`", "it's \"x\"; rm -rf / #", "back\\slash {1} & | ;"];

function allProfiles(): CompatCheckProfileInput[] {
  const profiles: CompatCheckProfileInput[] = [];
  for (const os of SCRIPT_OSES)
    for (const cpu of SCRIPT_CPUS)
      for (const crypto of CRYPTO_MODES)
        for (const cgo of [true, false])
          for (const memoryLimitMb of [null, 45])
            for (const smLibrary of SM_LIBRARIES)
              profiles.push({ systemName: "和平区一网通办", os, cpu, goVersion: "1.19", crypto, cgo, memoryLimitMb, smLibrary });
  return profiles;
}

const CONSTANT_LINE = /^readonly (P_[A-Z0-9_]+)=(.*)$/gm;

function shapeOf(script: string): string {
  return script.replace(CONSTANT_LINE, (_, name: string, value: string) => `readonly ${name}=${value.startsWith("$'") ? "$'x'" : "'x'"}`);
}

/** Each distinct constant line once, renamed apart and used, so nothing is "unused". */
function constantsFile(scripts: string[]): string {
  const lines = new Set<string>();
  for (const script of scripts) for (const m of script.matchAll(CONSTANT_LINE)) lines.add(`${m[1]}=${m[2]}`);
  const body = [...lines].map((line, i) => `readonly C${i}_${line}`);
  const uses = [...lines].map((line, i) => `"$C${i}_${line.slice(0, line.indexOf("="))}"`);
  return ["#!/usr/bin/env bash", ...body, `printf '%s\\n' ${uses.join(" ")}`, ""].join("\n");
}

function shellcheck(files: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile("shellcheck", ["-S", "style", "-f", "gcc", ...files], { maxBuffer: 32 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` });
    });
  });
}

const req = requirements(["shellcheck"]);
afterAll(removeTempDirs);

describe.skipIf(req.skip)("shellcheck over every generated variant", () => {
  beforeAll(req.assert);

  it("finds nothing in any shape, any constant line, or the spot-checked variants", { timeout: 110_000 }, async () => {
    const profiles = allProfiles();
    expect(profiles).toHaveLength(576);
    const scripts = profiles.map((p) => generateCompatCheck(p).script);
    const hostile = HOSTILE_NAMES.map((systemName) => generateCompatCheck({ ...profiles[0]!, systemName }).script);

    const shapes = new Map<string, string>();
    for (const script of scripts) {
      const key = shapeOf(script);
      if (!shapes.has(key)) shapes.set(key, script);
    }
    // Only crypto mode and CGO change the code (which probe files are embedded); the
    // hostile-name scripts (ANSI-C quoted name) are checked in full below.
    expect(shapes.size).toBe(6);

    const dir = tempDir("compat-check-shellcheck");
    const write = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const shapeFiles = [...shapes.values()].map((s, i) => write(`shape-${i}.sh`, s));
    const constants = write("constants.sh", constantsFile([...scripts, ...hostile]));
    const spot = scripts.filter((_, i) => i % 193 === 0).map((s, i) => write(`variant-${i}.sh`, s));
    expect(spot.length).toBe(3);

    // Two calls side by side: about half the files each. One hostile-name script in full
    // (its ANSI-C quoted name is a seventh shape); the others' lines are in constants.sh.
    const all = [...shapeFiles, constants, ...spot, write("hostile.sh", hostile[0]!)];
    const half = Math.ceil(all.length / 2);
    const results = await Promise.all([shellcheck(all.slice(0, half)), shellcheck(all.slice(half))]);
    for (const result of results) {
      expect(result.out).toBe("");
      expect(result.code).toBe(0);
    }
  });
});
