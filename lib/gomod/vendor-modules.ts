/**
 * Reads vendor/modules.txt, which `go mod vendor` writes: `# path version` opens a module
 * (optionally `=> replacement`), `## explicit` / `## explicit; go 1.21` annotate it, and each
 * following line names one vendored package. A module with packages is compiled into the build;
 * one without only records a requirement or replacement. Lines the go command would skip
 * silently are reported here, because a hand-edited file is worth a warning. Format as read by
 * the go command (https://github.com/golang/go/blob/master/src/cmd/go/internal/modload/vendor.go).
 */
import { checkInputBounds, ProblemList, splitLines } from "./limits";
import { MSG } from "./messages.zh";
import type { GoModProblem, ModuleVersion } from "./types";
import { checkImportPath, isDirectoryPath, isValidGoVersion, parseSemver } from "./version";

export interface VendorModule {
  path: string;
  /** Null for a replacement of every version (`# path => …`). */
  version: string | null;
  line: number;
  /** `## explicit`: required directly in go.mod. */
  explicit: boolean;
  /** From `## explicit; go 1.21`: the go version the module's own go.mod declares. */
  goVersion: string | null;
  replacement: (ModuleVersion & { local: boolean }) | null;
  /** Vendored packages: non-empty means the module's code is in the build. */
  packages: string[];
}

export interface VendorModulesResult {
  modules: VendorModule[];
  problems: GoModProblem[];
}

const fieldsOf = (s: string) => s.trim().split(/[ \t]+/).filter((f) => f !== "");

export function parseVendorModules(text: string): VendorModulesResult {
  const tooBig = checkInputBounds(text, "vendor/modules.txt");
  if (tooBig) return { modules: [], problems: [tooBig] };
  const problems = new ProblemList();
  const byKey = new Map<string, VendorModule>();
  let current: VendorModule | null = null;

  splitLines(text).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    if (raw.startsWith("# ")) {
      current = moduleLine(fieldsOf(raw), line, byKey, problems);
      return;
    }
    if (raw.startsWith("## ")) {
      if (!current) return problems.add(line, MSG.vendorNoModule());
      for (const entry of raw.slice(3).split(";").map((e) => e.trim())) {
        if (entry === "explicit") current.explicit = true;
        else if (entry.startsWith("go ")) {
          const v = entry.slice(3).trim();
          if (isValidGoVersion(v)) current.goVersion = v;
          else problems.add(line, MSG.goVersion(v));
        }
        // Other annotations are reserved by the go command for later use.
      }
      return;
    }
    const f = fieldsOf(raw);
    const pkg = f[0] ?? "";
    if (f.length !== 1 || pkg.startsWith("#") || checkImportPath(pkg) !== null) return problems.add(line, MSG.vendorLine(raw.trim().slice(0, 200)));
    if (!current) return problems.add(line, MSG.vendorNoModule());
    current.packages.push(pkg);
  });

  return { modules: [...byKey.values()], problems: problems.list() };
}

function moduleLine(f: string[], line: number, byKey: Map<string, VendorModule>, problems: ProblemList): VendorModule | null {
  const path = f[1] ?? "";
  const second = f[2] ?? "";
  if (f.length < 3 || (second !== "=>" && parseSemver(second) === null)) {
    problems.add(line, MSG.vendorModuleLine());
    return null;
  }
  const why = checkImportPath(path);
  if (why) {
    problems.add(line, MSG.badPath(path, why));
    return null;
  }
  const version = second === "=>" ? null : second;
  const rest = version === null ? f.slice(2) : f.slice(3);
  const key = `${path}@${version ?? ""}`;
  const mod = byKey.get(key) ?? { path, version, line, explicit: false, goVersion: null, replacement: null, packages: [] };
  byKey.set(key, mod);
  if (rest.length === 0) return mod;
  const target = rest[1] ?? "";
  const targetVersion = rest[2];
  if (rest[0] === "=>" && rest.length === 2) mod.replacement = { path: target, local: isDirectoryPath(target) };
  else if (rest[0] === "=>" && rest.length === 3 && targetVersion !== undefined && parseSemver(targetVersion) !== null)
    mod.replacement = { path: target, version: targetVersion, local: false };
  else problems.add(line, MSG.vendorReplacement());
  return mod;
}
