/**
 * Reads go.sum: one `path version[/go.mod] h1:hash` per line. A line without /go.mod records the
 * module's source tree, which the go command only downloads for modules whose packages the build
 * uses; a /go.mod-only line means the module was consulted for the module graph alone. Both are
 * kept, apart, so the scan judges what is compiled but can still say how many were consulted.
 */
import { checkInputBounds, ProblemList, splitLines } from "./limits";
import { MSG } from "./messages.zh";
import type { GoModProblem } from "./types";
import { canonicalVersion, checkImportPath } from "./version";

export interface GoSumModule {
  path: string;
  version: string;
  /** First line that names this module version. */
  line: number;
  /** A hash of the source tree is listed: the module's code is part of the build. */
  hasSourceHash: boolean;
  /** A hash of its go.mod is listed. */
  hasGoModHash: boolean;
}

export interface GoSumResult {
  /** Module versions with a source-tree hash, in file order, each once. */
  modules: GoSumModule[];
  /** Module versions listed only with /go.mod: consulted for the graph, not compiled. */
  goModOnly: GoSumModule[];
  problems: GoModProblem[];
}

const GO_MOD_SUFFIX = "/go.mod";
// "h1:" then the Base64 of a SHA-256 digest (https://pkg.go.dev/golang.org/x/mod/sumdb/dirhash#Hash1): 43 characters and one "=" of padding.
const H1 = /^h1:[A-Za-z0-9+/]{43}=$/;
const OTHER_HASH = /^h[0-9]{1,3}:\S+$/;

export function parseGoSum(text: string): GoSumResult {
  const tooBig = checkInputBounds(text, "go.sum");
  if (tooBig) return { modules: [], goModOnly: [], problems: [tooBig] };
  const problems = new ProblemList();
  const byKey = new Map<string, GoSumModule>();
  const hashes = new Map<string, { hash: string; line: number }>();

  splitLines(text).forEach((raw, index) => {
    const line = index + 1;
    const fields = raw.trim().split(/[ \t]+/).filter((f) => f !== "");
    if (fields.length === 0) return;
    if (fields.length !== 3) return problems.add(line, MSG.sumFields(fields.length));
    const [path = "", versionField = "", hash = ""] = fields;
    const goMod = versionField.endsWith(GO_MOD_SUFFIX);
    const version = goMod ? versionField.slice(0, -GO_MOD_SUFFIX.length) : versionField;
    const why = checkImportPath(path);
    if (why) return problems.add(line, MSG.badPath(path, why));
    const canonical = canonicalVersion(version);
    if (canonical === null) return problems.add(line, MSG.notSemver(version));
    if (canonical !== version) return problems.add(line, MSG.notCanonical(version, canonical));
    // A future hash algorithm (h2: …) is not an error; only h1: has a known shape.
    if (hash.startsWith("h1:") ? !H1.test(hash) : !OTHER_HASH.test(hash)) return problems.add(line, MSG.sumHash(hash));

    const hashKey = `${path} ${versionField} ${hash.slice(0, hash.indexOf(":"))}`;
    const seen = hashes.get(hashKey);
    if (seen && seen.hash !== hash) return problems.add(line, MSG.sumConflict(`${path}@${versionField}`, seen.line));
    if (!seen) hashes.set(hashKey, { hash, line });

    const key = `${path}@${version}`;
    const entry = byKey.get(key) ?? { path, version, line, hasSourceHash: false, hasGoModHash: false };
    if (goMod) entry.hasGoModHash = true;
    else entry.hasSourceHash = true;
    byKey.set(key, entry);
  });

  const all = [...byKey.values()];
  return { modules: all.filter((m) => m.hasSourceHash), goModOnly: all.filter((m) => !m.hasSourceHash), problems: problems.list() };
}
