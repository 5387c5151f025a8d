import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { shConstant, shHeredoc, shQuote } from "./shell";

/** What bash actually stores when the quoted text is assigned (no eval of the value). */
function bashValue(quoted: string): string {
  return execFileSync("bash", ["-c", `v=${quoted}; printf '%s' "$v"`], { encoding: "utf8" });
}

const TRICKY = [
  "和平区一网通办",
  "$(touch /tmp/should-not-exist)",
  "`id`",
  "it's \"quoted\"",
  "back\\slash \\n not a newline",
  "line1\nline2\ttab\rcr",
  "'; rm -rf / #",
  "$'ansi' ${HOME} $HOME !! & | ; < > * ? [a]",
  "{1} {2} &",
  "\u007f\u0001 control",
  "",
];

describe("shQuote", () => {
  it.each(TRICKY)("round-trips %j through bash unchanged", (value) => {
    expect(bashValue(shQuote(value))).toBe(value);
  });

  it("uses plain single quotes for plain text and ANSI-C quotes for $ and backticks", () => {
    expect(shQuote("飞腾 FT-2000/4")).toBe("'飞腾 FT-2000/4'");
    expect(shQuote("it's")).toBe("'it'\\''s'");
    expect(shQuote("$(x)")).toBe("$'\\x24(x)'");
    expect(shQuote("a`b'c")).toBe("$'a\\x60b\\x27c'");
  });

  it("refuses NUL, which no shell string can hold", () => {
    expect(() => shQuote("a\0b")).toThrow(/NUL/);
  });
});

describe("shConstant / shHeredoc", () => {
  it("only accepts our own upper-case variable names", () => {
    expect(shConstant("P_CGO", true)).toBe("readonly P_CGO='1'");
    expect(shConstant("P_MEM", null)).toBe("readonly P_MEM=''");
    expect(() => shConstant("x; rm", "v")).toThrow(/invalid variable name/);
  });

  it("refuses a heredoc body containing the delimiter line", () => {
    expect(shHeredoc("cat", "EOF", "a\nb\n")).toBe("cat <<'EOF'\na\nb\nEOF");
    expect(() => shHeredoc("cat", "EOF", "a\nEOF\nb")).toThrow(/delimiter/);
  });
});
