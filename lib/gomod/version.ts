/**
 * Module paths and versions checked as the go command checks them: semantic versions in
 * canonical form (`vX.Y.Z[-pre][+incompatible]`), pseudo-versions, `go` language versions and
 * module/import path syntax. Hand-written scanners, no regular expressions with backtracking,
 * so a hostile token costs time linear in its length.
 */

interface Semver {
  major: string;
  minor: string;
  patch: string;
  /** Including the leading "-", or "". */
  prerelease: string;
  /** Including the leading "+", or "". */
  build: string;
  /** The text left out (".0.0" for "v1", ".0" for "v1.2"), so the canonical form differs. */
  short: boolean;
}

const isDigit = (c: string) => c >= "0" && c <= "9";
const isIdentChar = (c: string) => isDigit(c) || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "-";

/** Reads a decimal without leading zeros from s at i; returns the end index or -1. */
function readNumber(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s.charAt(j))) j++;
  if (j === i || (s.charAt(i) === "0" && j - i > 1)) return -1;
  return j;
}

/** Reads dot-separated identifiers ([0-9A-Za-z-]+) from s at i; numeric ones may not have leading zeros if strictNumbers. */
function readIdentifiers(s: string, i: number, strictNumbers: boolean): number {
  let j = i;
  for (;;) {
    const start = j;
    let numeric = true;
    while (j < s.length && isIdentChar(s.charAt(j))) {
      if (!isDigit(s.charAt(j))) numeric = false;
      j++;
    }
    if (j === start) return -1;
    if (strictNumbers && numeric && s.charAt(start) === "0" && j - start > 1) return -1;
    if (j < s.length && s.charAt(j) === ".") {
      j++;
      continue;
    }
    return j;
  }
}

/** Parses a semantic version with the go command's rules ("v1" and "v1.2" are valid but short). */
export function parseSemver(v: string): Semver | null {
  if (v.length < 2 || v.charAt(0) !== "v") return null;
  let i = readNumber(v, 1);
  if (i < 0) return null;
  const major = v.slice(1, i);
  if (i === v.length) return { major, minor: "0", patch: "0", prerelease: "", build: "", short: true };
  if (v.charAt(i) !== ".") return null;
  let j = readNumber(v, i + 1);
  if (j < 0) return null;
  const minor = v.slice(i + 1, j);
  if (j === v.length) return { major, minor, patch: "0", prerelease: "", build: "", short: true };
  if (v.charAt(j) !== ".") return null;
  i = readNumber(v, j + 1);
  if (i < 0) return null;
  const patch = v.slice(j + 1, i);
  let prerelease = "";
  if (i < v.length && v.charAt(i) === "-") {
    j = readIdentifiers(v, i + 1, true);
    if (j < 0) return null;
    prerelease = v.slice(i, j);
    i = j;
  }
  let build = "";
  if (i < v.length && v.charAt(i) === "+") {
    j = readIdentifiers(v, i + 1, false);
    if (j < 0) return null;
    build = v.slice(i, j);
    i = j;
  }
  if (i !== v.length) return null;
  return { major, minor, patch, prerelease, build, short: false };
}

/** The canonical form the go command requires in go.mod, or null when v is not a semantic version. */
export function canonicalVersion(v: string): string | null {
  const p = parseSemver(v);
  if (!p) return null;
  // Only "+incompatible" survives canonicalisation; any other build suffix is dropped.
  const build = p.build === "+incompatible" ? p.build : "";
  return `v${p.major}.${p.minor}.${p.patch}${p.prerelease}${build}`;
}

export function isCanonicalVersion(v: string): boolean {
  return canonicalVersion(v) === v;
}

/**
 * A pseudo-version names a commit, not a release: vX.0.0-yyyymmddhhmmss-abcdef,
 * vX.Y.Z-pre.0.yyyymmddhhmmss-abcdef or vX.Y.Z-0.yyyymmddhhmmss-abcdef.
 */
export function isPseudoVersion(v: string): boolean {
  const p = parseSemver(v);
  if (!p || p.short || p.prerelease === "") return false;
  const pre = p.prerelease.slice(1);
  const dash = pre.lastIndexOf("-");
  if (dash < 0) return false;
  const rev = pre.slice(dash + 1);
  if (rev === "" || ![...rev].every((c) => isDigit(c) || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z"))) return false;
  const before = pre.slice(0, dash);
  if (before.length < 14) return false;
  const stamp = before.slice(-14);
  if (![...stamp].every(isDigit)) return false;
  const rest = before.slice(0, -14);
  if (rest === "") return p.minor === "0" && p.patch === "0";
  return rest === "0." || rest.endsWith(".0.");
}

/** Compares two semantic versions (-1, 0, 1); invalid versions sort first, as the go command does. */
export function compareSemver(a: string, b: string): number {
  const pa = parseSemver(a);
  const pb = parseSemver(b);
  if (!pa || !pb) return pa ? 1 : pb ? -1 : 0;
  const num = (x: string, y: string) => (x.length !== y.length ? Math.sign(x.length - y.length) : x < y ? -1 : x > y ? 1 : 0);
  const core = num(pa.major, pb.major) || num(pa.minor, pb.minor) || num(pa.patch, pb.patch);
  if (core !== 0) return core;
  if (pa.prerelease === pb.prerelease) return 0;
  if (pa.prerelease === "") return 1;
  if (pb.prerelease === "") return -1;
  const xa = pa.prerelease.slice(1).split(".");
  const xb = pb.prerelease.slice(1).split(".");
  for (let i = 0; i < Math.min(xa.length, xb.length); i++) {
    const ia = xa[i] ?? "";
    const ib = xb[i] ?? "";
    const da = [...ia].every(isDigit);
    const db = [...ib].every(isDigit);
    if (da && db) {
      const c = num(ia, ib);
      if (c !== 0) return c;
    } else if (da !== db) return da ? -1 : 1;
    else if (ia !== ib) return ia < ib ? -1 : 1;
  }
  return Math.sign(xa.length - xb.length);
}

/**
 * The `go` directive: 1.N, 1.N.P, or a pre-release like 1.21rc1. Linear: the character classes
 * of consecutive parts do not overlap, so the engine never backtracks.
 */
const GO_VERSION = /^[1-9][0-9]*\.(?:0|[1-9][0-9]*)(?:\.(?:0|[1-9][0-9]*))?(?:[a-z]+[0-9]+)?$/;
export function isValidGoVersion(v: string): boolean {
  return v.length <= 64 && GO_VERSION.test(v);
}

/** The `toolchain` directive: "default" or a name beginning go1 (go1.21.3, go1.22.0-gccgo …). */
export function isValidToolchain(name: string): boolean {
  return name === "default" || name === "go1" || name.startsWith("go1.");
}

/** A replacement target that is a directory on disk, in Unix or Windows syntax. */
export function isDirectoryPath(p: string): boolean {
  return (
    p === "." ||
    p === ".." ||
    p.startsWith("./") ||
    p.startsWith(".\\") ||
    p.startsWith("../") ||
    p.startsWith("..\\") ||
    p.startsWith("/") ||
    p.startsWith("\\") ||
    (p.length >= 2 && /[A-Za-z]/.test(p.charAt(0)) && p.charAt(1) === ":")
  );
}

const BAD_WINDOWS_NAMES = new Set(["CON", "PRN", "AUX", "NUL", ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`COM${n}`, `LPT${n}`])]);
const pathChar = (c: string) => isDigit(c) || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || "+-._~".includes(c);

function checkElement(elem: string): string | null {
  if (elem === "") return "含有空的路径段（连续的 / 或以 / 开头、结尾）";
  if ([...elem].every((c) => c === ".")) return `路径段 ${elem} 无效`;
  if (elem.startsWith(".")) return `路径段 ${elem} 不能以点号开头`;
  if (elem.endsWith(".")) return `路径段 ${elem} 不能以点号结尾`;
  for (const c of elem) if (!pathChar(c)) return `含有不允许的字符「${c}」（只允许 ASCII 字母、数字和 + - . _ ~）`;
  const dot = elem.indexOf(".");
  const short = (dot >= 0 ? elem.slice(0, dot) : elem).toUpperCase();
  if (BAD_WINDOWS_NAMES.has(short)) return `路径段 ${elem} 是 Windows 保留名`;
  return null;
}

/** Import-path syntax (why it is invalid, or null). The main module may use any such path. */
export function checkImportPath(p: string): string | null {
  if (p === "") return "路径为空";
  if (p.length > 4096) return "路径过长";
  if (p.includes("..")) return "含有连续的点号";
  for (const elem of p.split("/")) {
    const why = checkElement(elem);
    if (why) return why;
  }
  return null;
}

/** The /vN (or gopkg.in .vN) suffix of a module path, "" for none, or null when the suffix is malformed. */
export function pathMajor(p: string): string | null {
  if (p.startsWith("gopkg.in/")) {
    let end = p.length;
    if (p.endsWith("-unstable")) end -= "-unstable".length;
    let i = end;
    while (i > 0 && isDigit(p.charAt(i - 1))) i--;
    if (i <= 1 || i === end || p.charAt(i - 1) !== "v" || p.charAt(i - 2) !== ".") return null;
    const major = p.slice(i - 2, end);
    if (major.charAt(2) === "0" && major !== ".v0") return null;
    return major;
  }
  let i = p.length;
  let dot = false;
  while (i > 0 && (isDigit(p.charAt(i - 1)) || p.charAt(i - 1) === ".")) {
    if (p.charAt(i - 1) === ".") dot = true;
    i--;
  }
  if (i <= 1 || i === p.length || p.charAt(i - 1) !== "v" || p.charAt(i - 2) !== "/") return "";
  const major = p.slice(i - 2);
  if (dot || major.length <= 2 || major.charAt(2) === "0" || major === "/v1") return null;
  return major;
}

/** Module-path syntax for a path fetched from the network: import-path rules plus a lowercase domain first. */
export function checkModulePath(p: string, requireDomain: boolean): string | null {
  const why = checkImportPath(p);
  if (why) return why;
  const first = p.split("/")[0] ?? "";
  if (requireDomain && !first.includes(".")) return "第一段应是域名（缺少点号）";
  if (first.startsWith("-")) return "第一段不能以连字符开头";
  if (requireDomain) for (const c of first) if (!(isDigit(c) || (c >= "a" && c <= "z") || c === "-" || c === ".")) return `第一段（域名）只能含小写字母、数字、点号和连字符，不能含「${c}」`;
  if (pathMajor(p) === null) return "结尾的主版本后缀无效（应为 /v2、/v3 …，不能是 /v1、/v0 或 /v2.0）";
  return null;
}

/** The major version a path suffix demands of v ("" when v fits), as the go command's check. */
export function majorMismatch(v: string, major: string): string {
  let m = major;
  if (m.startsWith(".v") && m.endsWith("-unstable")) m = m.slice(0, -"-unstable".length);
  // Old gopkg.in .v1 modules were given v0.0.0 pseudo-versions; the go command accepts them.
  if (v.startsWith("v0.0.0-") && m === ".v1") return "";
  const p = parseSemver(v);
  if (!p) return "";
  const vMajor = `v${p.major}`;
  if (m === "") return vMajor === "v0" || vMajor === "v1" || p.build === "+incompatible" ? "" : "v0 或 v1（v2 及以上需在路径末尾加 /v2 …，或用 +incompatible）";
  return vMajor === m.slice(1) ? "" : m.slice(1);
}
