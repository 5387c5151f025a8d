/**
 * From a parsed go.mod to the modules the build really uses: each requirement with the
 * replacement that applies to it and a mark when its version is excluded. Order is go.mod order,
 * so the report lists modules where the architect sees them in the file.
 */
import type { EffectiveModule, GoModFile, Replacement } from "./types";

export function effectiveModules(file: GoModFile): EffectiveModule[] {
  // A replacement of one version wins over a replacement of every version, as in the go command.
  const versioned = new Map<string, Replacement>();
  const unversioned = new Map<string, Replacement>();
  for (const r of file.replace) {
    const map = r.old.version === undefined ? unversioned : versioned;
    const key = r.old.version === undefined ? r.old.path : `${r.old.path}@${r.old.version}`;
    if (!map.has(key)) map.set(key, r);
  }
  const excluded = new Set(file.exclude.map((e) => `${e.path}@${e.version}`));

  return file.require.map((req) => {
    const m: EffectiveModule = { path: req.path, version: req.version, indirect: req.indirect, line: req.line };
    const r = versioned.get(`${req.path}@${req.version}`) ?? unversioned.get(req.path);
    if (r) m.replacedBy = { ...r.new };
    if (excluded.has(`${req.path}@${req.version}`)) m.excluded = true;
    return m;
  });
}
