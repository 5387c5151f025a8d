/**
 * Reads a go.mod the way the go command does (module, go, toolchain, godebug, require, exclude,
 * replace, retract, tool; single lines and blocks; comments anywhere; CRLF; a BOM) and checks
 * paths and versions as the go command would before it builds. Every problem is collected with
 * its line, so the architect can fix a pasted file in one pass.
 *
 * Rules follow the go command's own reader (golang.org/x/mod modfile/read.go and rule.go,
 * https://github.com/golang/mod/tree/master/modfile) and the go.mod reference
 * (https://go.dev/ref/mod#go-mod-file). The `ignore` directive was added for Go 1.25
 * (https://go.googlesource.com/mod/+/9d3333156f465c85f68264344b5c08fbcf5fcacb).
 */
import { checkInputBounds, ProblemList, stripBom } from "./limits";
import { lex, type Token } from "./lexer";
import { MSG } from "./messages.zh";
import { tokenValue } from "./strings";
import { StatementReader, type DirectiveLine } from "./syntax";
import type { GoModFile, GoModProblem, Replacement } from "./types";
import {
  canonicalVersion,
  checkImportPath,
  checkModulePath,
  isDirectoryPath,
  isValidGoVersion,
  isValidToolchain,
  majorMismatch,
  pathMajor,
} from "./version";

export type ParseGoModResult = { ok: true; file: GoModFile } | { ok: false; problems: GoModProblem[] };

const BLOCK_VERBS = new Set(["module", "godebug", "require", "exclude", "replace", "retract", "tool", "ignore"]);
const KEYWORDS = new Set([...BLOCK_VERBS, "go", "toolchain"]);

export function parseGoMod(text: string): ParseGoModResult {
  const tooBig = checkInputBounds(text, "go.mod");
  if (tooBig) return { ok: false, problems: [tooBig] };
  const problems = new ProblemList();
  const lines = new StatementReader(lex(stripBom(text), problems), problems, BLOCK_VERBS, KEYWORDS).read();
  const file: GoModFile = { module: null, go: null, toolchain: null, godebug: [], require: [], replace: [], exclude: [], retract: [], tool: [], ignore: [] };
  for (const d of lines) addDirective(file, d, problems);
  checkReplacements(file, problems);
  checkDomains(file, problems);
  return problems.size > 0 ? { ok: false, problems: problems.list() } : { ok: true, file };
}

/** The text of the comments on a directive (its own, else its block's), one line per comment. */
function directiveComment(d: DirectiveLine): string {
  let comments = [...d.before, ...(d.suffix === null ? [] : [d.suffix])];
  if (d.block && comments.length === 0) comments = d.block.before;
  return comments.map((c) => c.replace(/^\/\//, "").trim()).join("\n");
}

/** The first paragraph starting "Deprecated:" (paragraphs are separated by an empty // line). */
export function deprecationOf(comment: string): string | null {
  const starts = [0];
  for (let at = comment.indexOf("\n\n"); at !== -1; at = comment.indexOf("\n\n", at + 1)) starts.push(at + 2);
  for (const start of starts) {
    if (!comment.startsWith("Deprecated:", start)) continue;
    let i = start + "Deprecated:".length;
    while (comment[i] === " ") i++;
    const end = comment.indexOf("\n\n", i);
    return comment.slice(i, end === -1 ? comment.length : end);
  }
  return null;
}

/** `// indirect` or `// indirect; other text` as the first thing in the end-of-line comment. */
function isIndirect(suffix: string | null): boolean {
  if (suffix === null) return false;
  const fields = suffix.replace(/^\/\//, "").trim().split(/\s+/);
  return (fields.length === 1 && fields[0] === "indirect") || (fields.length > 1 && fields[0] === "indirect;");
}

/** The i-th argument; callers check the count first, so the fallback is never read. */
function tok(args: Token[], i: number): Token {
  return args[i] ?? { kind: "ident", text: "", line: 0 };
}

/** A module path value, checked for syntax; null (and a problem) when unusable. */
function pathArg(t: Token, problems: ProblemList, line: number): string | null {
  const v = tokenValue(t);
  if (!v.ok) {
    problems.add(line, v.message);
    return null;
  }
  const why = checkModulePath(v.value, false);
  if (why) {
    problems.add(line, MSG.badPath(v.value, why));
    return null;
  }
  return v.value;
}

/** A version value that must be canonical and fit the path's major-version suffix. */
function versionArg(t: Token, path: string | null, problems: ProblemList, line: number): string | null {
  const v = tokenValue(t);
  if (!v.ok) {
    problems.add(line, v.message);
    return null;
  }
  const canonical = canonicalVersion(v.value);
  if (canonical === null) {
    problems.add(line, MSG.notSemver(v.value));
    return null;
  }
  if (canonical !== v.value) {
    problems.add(line, MSG.notCanonical(v.value, canonical));
    return null;
  }
  const major = path === null ? null : pathMajor(path);
  if (path !== null && major !== null) {
    const want = majorMismatch(v.value, major);
    if (want) {
      problems.add(line, MSG.majorMismatch(path, v.value, want));
      return null;
    }
  }
  return v.value;
}

function addDirective(f: GoModFile, d: DirectiveLine, problems: ProblemList): void {
  const { verb, args, line } = d;
  const texts = args.map((a) => a.text);
  switch (verb) {
    case "module": {
      if (f.module) return problems.add(line, MSG.repeated("module", f.module.line));
      if (args.length !== 1) return problems.add(line, MSG.moduleUsage());
      const v = tokenValue(tok(args, 0));
      if (!v.ok) return problems.add(line, v.message);
      const why = checkImportPath(v.value);
      if (why) return problems.add(line, MSG.badPath(v.value, why));
      f.module = { path: v.value, deprecated: deprecationOf(directiveComment(d)), line };
      return;
    }
    case "go":
      if (f.go) return problems.add(line, MSG.repeated("go", f.go.line));
      if (args.length !== 1) return problems.add(line, MSG.goUsage());
      if (!isValidGoVersion((texts[0] ?? ""))) return problems.add(line, MSG.goVersion((texts[0] ?? "")));
      f.go = { version: (texts[0] ?? ""), line };
      return;
    case "toolchain":
      if (f.toolchain) return problems.add(line, MSG.repeated("toolchain", f.toolchain.line));
      if (args.length !== 1) return problems.add(line, MSG.toolchainUsage());
      if (!isValidToolchain((texts[0] ?? ""))) return problems.add(line, MSG.toolchainName((texts[0] ?? "")));
      f.toolchain = { name: (texts[0] ?? ""), line };
      return;
    case "godebug": {
      const eq = args.length === 1 ? (texts[0] ?? "").indexOf("=") : -1;
      if (eq < 0 || /["`',]/.test((texts[0] ?? ""))) return problems.add(line, MSG.godebugUsage());
      f.godebug.push({ key: (texts[0] ?? "").slice(0, eq), value: (texts[0] ?? "").slice(eq + 1), line });
      return;
    }
    case "require":
    case "exclude": {
      if (args.length === 1) return problems.add(line, MSG.requireMissingVersion(verb));
      if (args.length !== 2) return problems.add(line, MSG.requireUsage(verb));
      const path = pathArg(tok(args, 0), problems, line);
      const version = versionArg(tok(args, 1), path, problems, line);
      if (path === null || version === null) return;
      if (verb === "require") f.require.push({ path, version, indirect: isIndirect(d.suffix), line });
      else f.exclude.push({ path, version, line });
      return;
    }
    case "replace":
      return addReplace(f, args, line, problems);
    case "retract":
      return addRetract(f, d, problems);
    case "tool":
    case "ignore": {
      if (args.length !== 1) return problems.add(line, verb === "tool" ? MSG.toolUsage() : MSG.ignoreUsage());
      const v = tokenValue(tok(args, 0));
      if (!v.ok) return problems.add(line, v.message);
      (verb === "tool" ? f.tool : f.ignore)?.push({ path: v.value, line });
      return;
    }
    default:
      problems.add(line, MSG.unknownDirective(verb));
  }
}

function addReplace(f: GoModFile, args: Token[], line: number, problems: ProblemList): void {
  const texts = args.map((a) => a.text);
  const arrow = texts.length >= 2 && (texts[1] ?? "") === "=>" ? 1 : 2;
  if (texts.length < arrow + 2 || texts.length > arrow + 3 || (texts[arrow] ?? "") !== "=>") return problems.add(line, MSG.replaceUsage());
  const oldPath = pathArg(tok(args, 0), problems, line);
  const oldVersion = arrow === 2 ? versionArg(tok(args, 1), oldPath, problems, line) : undefined;
  const target = tokenValue(tok(args, arrow + 1));
  if (!target.ok) return problems.add(line, target.message);
  const newPath = target.value;
  let replacement: Replacement["new"];
  if (texts.length === arrow + 2) {
    if (!isDirectoryPath(newPath)) return problems.add(line, newPath.includes("@") ? MSG.replaceAtVersion() : MSG.replaceNeedsDir(newPath));
    if (newPath.includes("\\")) return problems.add(line, MSG.replaceWindowsPath(newPath));
    replacement = { path: newPath, local: true };
  } else {
    if (isDirectoryPath(newPath)) return problems.add(line, MSG.replaceDirWithVersion(newPath));
    const why = checkModulePath(newPath, true);
    if (why) return problems.add(line, MSG.badPath(newPath, why));
    const newVersion = versionArg(tok(args, arrow + 2), null, problems, line);
    if (newVersion === null) return;
    replacement = { path: newPath, version: newVersion, local: false };
  }
  if (oldPath === null || oldVersion === null) return;
  f.replace.push({ old: oldVersion === undefined ? { path: oldPath } : { path: oldPath, version: oldVersion }, new: replacement, line });
}

function addRetract(f: GoModFile, d: DirectiveLine, problems: ProblemList): void {
  const { args, line } = d;
  const texts = args.map((a) => a.text);
  let low: string | null;
  let high: string | null;
  let rest: number;
  if (texts.length === 0 || (texts[0] ?? "") === "(") return problems.add(line, MSG.retractUsage());
  if ((texts[0] ?? "") !== "[") {
    low = high = versionArg(tok(args, 0), null, problems, line);
    rest = 1;
  } else {
    if (texts.length < 5 || (texts[2] ?? "") !== "," || (texts[4] ?? "") !== "]") return problems.add(line, MSG.retractUsage());
    low = versionArg(tok(args, 1), null, problems, line);
    high = versionArg(tok(args, 3), null, problems, line);
    rest = 5;
  }
  if (texts.length > rest) return problems.add(line, MSG.retractExtra((texts[rest] ?? "")));
  if (low === null || high === null) return;
  const rationale = directiveComment(d);
  f.retract.push({ low, high, rationale: rationale === "" ? null : rationale, line });
}

/** The go command refuses two replacements of the same module (and version) with different targets. */
function checkReplacements(f: GoModFile, problems: ProblemList): void {
  const seen = new Map<string, Replacement>();
  for (const r of f.replace) {
    const key = `${r.old.path}@${r.old.version ?? ""}`;
    const prev = seen.get(key);
    if (!prev) seen.set(key, r);
    else if (prev.new.path !== r.new.path || prev.new.version !== r.new.version) problems.add(r.line, MSG.replaceConflict(r.old.path, prev.line));
  }
}

/**
 * A required module whose first path element is no domain can only be built when a replace
 * points it elsewhere (a monorepo's `mylib => ../mylib`); otherwise the go command cannot fetch it.
 */
function checkDomains(f: GoModFile, problems: ProblemList): void {
  const replaced = new Set(f.replace.map((r) => r.old.path));
  for (const r of f.require) {
    if (replaced.has(r.path)) continue;
    if (!(r.path.split("/")[0] ?? "").includes(".")) {
      problems.add(r.line, MSG.missingDot(r.path));
      continue;
    }
    const why = checkModulePath(r.path, true);
    if (why) problems.add(r.line, MSG.badPath(r.path, why));
  }
}
