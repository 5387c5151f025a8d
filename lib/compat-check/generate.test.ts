import { describe, expect, it } from "vitest";
import { generateCompatCheck, scriptFilename } from "./generate";
import { SCRIPT_MESSAGES_ZH } from "./messages.zh";
import { EMMANSUN_RELEASES, emmansunReleaseFor } from "./sm-libraries";
import { scriptOsForTargetOs } from "./targets";
import { readScriptTemplate } from "./templates";
import { BASE_PROFILE } from "@/tests/support/compat-check";

describe("generateCompatCheck", () => {
  it("embeds only the probe files the profile needs", () => {
    const paths = (p: object) => generateCompatCheck({ ...BASE_PROFILE, ...p }).files.map((f) => f.path);
    expect(paths({ crypto: "none", cgo: false })).toEqual(["probe/main.go", "probe/go.mod", "README.zh.md"]);
    expect(paths({ crypto: "sm-tlcp", cgo: true })).toEqual([
      "probe/main.go",
      "probe/sm_emmansun.go",
      "probe/sm_tjfoc.go",
      "probe/sm_tjfoc_legacy.go",
      "probe/cgo.go",
      "probe/go.mod",
      "README.zh.md",
    ]);
    expect(paths({})).toContain("probe/tls13.go");
  });

  it("is deterministic and embeds each probe file verbatim in a quoted heredoc", () => {
    const a = generateCompatCheck(BASE_PROFILE);
    expect(generateCompatCheck(BASE_PROFILE).script).toBe(a.script);
    for (const file of a.files.filter((f) => f.path.endsWith(".go"))) {
      expect(a.script).toContain(`<<'XCPROBE_SOURCE_EOF'\n${file.content}XCPROBE_SOURCE_EOF`);
    }
    expect(a.script).not.toMatch(/#@@GENERATED/);
  });

  it("writes go.mod with the Go floor and the library release for module mode", () => {
    const mod = (p: object) => generateCompatCheck({ ...BASE_PROFILE, ...p }).files.find((f) => f.path === "probe/go.mod")?.content;
    expect(mod({})).toBe("module xcprobe\n\ngo 1.19\n\nrequire github.com/tjfoc/gmsm v1.4.1\n");
    expect(mod({ smLibrary: "emmansun", goVersion: "1.22" })).toBe(
      "module xcprobe\n\ngo 1.22\n\nrequire github.com/emmansun/gmsm v0.29.5\n",
    );
    expect(mod({ crypto: "none" })).toBe("module xcprobe\n\ngo 1.19\n");
  });

  it("gives an ASCII file name and escapes Markdown in the README", () => {
    const out = generateCompatCheck({ ...BASE_PROFILE, systemName: "Gov Portal 二期 [x](javascript:alert(1)) <b>" });
    expect(out.filename).toBe("compat-check-gov-portal-x-javascript-alert-1-b-kylin-v10-sp3-phytium.sh");
    const readme = out.files.find((f) => f.path === "README.zh.md")!.content;
    expect(readme).toContain("\\[x\\]\\(javascript:alert\\(1\\)\\) \\<b\\>");
    expect(readme).not.toMatch(/\{\{\w+\}\}/);
    expect(scriptFilename({ ...BASE_PROFILE, memoryLimitMb: null })).toBe("compat-check-kylin-v10-sp3-phytium.sh");
  });

  it("throws the schema's error on invalid input", () => {
    expect(() => generateCompatCheck({ ...BASE_PROFILE, os: "$(id)" as "uos-20" })).toThrow(/操作系统须为/);
  });
});

describe("messages", () => {
  const template = readScriptTemplate();
  // Literal keys; "step.$id"-style prefixes are covered by dynamicKeys below.
  const literalKeys = new Set(
    [...template.matchAll(/(?:fmt_msg|msg_template|verdict=) ?"?([a-z][a-z0-9_.]*)/g)].map((m) => m[1]!).filter((k) => !k.endsWith(".")),
  );
  // Keys the script builds from step and probe ids.
  const stepIds = [...template.matchAll(/^\s{4}([a-z0-9.|\s]+)\) check_/gm)].flatMap((m) => m[1]!.split("|").map((s) => s.trim()));
  const dynamicKeys = [
    ...stepIds.map((id) => `step.${id}`),
    ...["cgo", "sm2", "sm3", "sm4", "tls13"].flatMap((id) => [`${id}.ok`, `${id}.failed`, `fix.${id}.failed`]),
    "label.cgo_on",
    "label.cgo_off",
    "label.mem_limit",
    "label.mem_none",
    "help",
  ];

  it("has a Chinese text for every key the script uses, and no unused ones", () => {
    const defined = new Set(Object.keys(SCRIPT_MESSAGES_ZH));
    const used = new Set([...literalKeys, ...dynamicKeys]);
    expect([...used].filter((k) => !defined.has(k))).toEqual([]);
    expect([...defined].filter((k) => !used.has(k))).toEqual([]);
    expect(stepIds).toHaveLength(19);
  });
});

describe("library releases", () => {
  it("never asks for an emmansun release newer than the Go floor allows", () => {
    expect(emmansunReleaseFor("1.18").version).toBe("v0.21.5");
    expect(emmansunReleaseFor("1.19").version).toBe("v0.21.5");
    expect(emmansunReleaseFor("1.20").version).toBe("v0.27.2");
    expect(emmansunReleaseFor("1.23").version).toBe("v0.29.5");
    expect(emmansunReleaseFor("1.26").version).toBe("v0.41.1");
    const floors = EMMANSUN_RELEASES.map((r) => r.minGoMinor);
    expect(floors).toEqual([...floors].sort((a, b) => a - b));
  });

  it("maps the catalog's Kylin V10 to the SP3 government-cloud baseline", () => {
    expect(scriptOsForTargetOs("kylin-v10")).toBe("kylin-v10-sp3");
    expect(scriptOsForTargetOs("centos-7")).toBeNull();
  });
});
