/**
 * generateCompatCheck: target profile → self-contained bash check script, the Go probe
 * sources it embeds (for review / manual builds), a go.mod and a Chinese README.
 */
import { CPU_FAMILY_LABELS, CRYPTO_MODE_LABELS } from "@/lib/domain/catalog";
import {
  compatCheckProfileSchema,
  SCRIPT_OS_LABELS,
  type CompatCheckProfile,
  type CompatCheckProfileInput,
} from "@/lib/validations/compat-check";
import { SCRIPT_MESSAGES_ZH } from "./messages.zh";
import { defaultSmVersion, probeFiles, renderGoMod, smModulePath } from "./probe";
import { renderGomodRulesBlock } from "./gomod-rules";
import { renderMessagesBlock, renderProbeBlock, renderProfileBlock } from "./render";
import { CPU_TARGETS } from "./targets";
import { fillMarkers, readScriptTemplate, readTemplate } from "./templates";

export interface GeneratedFile {
  /** POSIX path relative to the bundle root, e.g. `probe/main.go`. */
  path: string;
  content: string;
}

export interface CompatCheckArtifacts {
  script: string;
  /** Probe sources (`probe/*.go`), `probe/go.mod` and `README.zh.md`. */
  files: GeneratedFile[];
  /** ASCII file name for Content-Disposition, e.g. `compat-check-kylin-v10-sp3-phytium.sh`. */
  filename: string;
  /** The library release module mode asks for, for the API response / report. */
  smModule: { path: string; version: string };
}

/** Throws the ZodError of compatCheckProfileSchema on invalid input. */
export function generateCompatCheck(input: CompatCheckProfileInput): CompatCheckArtifacts {
  const profile = compatCheckProfileSchema.parse(input);
  const probe = probeFiles(profile);
  const script = fillMarkers(readScriptTemplate(), {
    messages: renderMessagesBlock(),
    profile: renderProfileBlock(profile),
    probe_sources: renderProbeBlock(probe),
    gomod_rules: renderGomodRulesBlock(),
  });
  const filename = scriptFilename(profile);
  return {
    script,
    files: [
      ...probe.map((f) => ({ path: `probe/${f.name}`, content: f.content })),
      { path: "probe/go.mod", content: renderGoMod(profile) },
      { path: "README.zh.md", content: renderReadme(profile, filename) },
    ],
    filename,
    smModule: {
      path: smModulePath(profile.smLibrary),
      version: defaultSmVersion(profile.smLibrary, profile.goVersion),
    },
  };
}

/** ASCII only: Chinese system names are dropped from the file name, kept in the script. */
export function scriptFilename(profile: CompatCheckProfile): string {
  const slug = profile.systemName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return ["compat-check", slug, profile.os, profile.cpu].filter(Boolean).join("-") + ".sh";
}

/** Markdown-escapes user text so a system name cannot add links, HTML or headings. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`);
}

function renderReadme(profile: CompatCheckProfile, scriptName: string): string {
  const cpu = CPU_TARGETS[profile.cpu];
  const mem = profile.memoryLimitMb;
  const values: Record<string, string> = {
    systemName: markdownText(profile.systemName),
    osLabel: SCRIPT_OS_LABELS[profile.os],
    cpuLabel: CPU_FAMILY_LABELS[profile.cpu],
    goFloor: profile.goVersion,
    cryptoLabel: CRYPTO_MODE_LABELS[profile.crypto],
    cgoLabel: profile.cgo ? SCRIPT_MESSAGES_ZH["label.cgo_on"] : SCRIPT_MESSAGES_ZH["label.cgo_off"],
    memLabel: mem === null ? SCRIPT_MESSAGES_ZH["label.mem_none"] : SCRIPT_MESSAGES_ZH["label.mem_limit"].replace("{1}", String(mem)),
    smLibrary: profile.smLibrary,
    scriptName,
    goarch: cpu.goarch,
    qemuUser: cpu.qemuUser,
    unameM: cpu.unameM,
  };
  return readTemplate("README.zh.md").replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`README template: unknown placeholder ${key}`);
    return value;
  });
}
