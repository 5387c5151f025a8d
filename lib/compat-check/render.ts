/**
 * The generated blocks that fill the bash template's markers (templates/sh/00-prelude.sh): the profile constants, the
 * message table and the embedded probe sources. Everything that reaches the script from a
 * profile or a message goes through shQuote / a quoted heredoc.
 */
import { CPU_FAMILY_LABELS, CRYPTO_MODE_LABELS } from "@/lib/domain/catalog";
import { SCRIPT_OS_LABELS, type CompatCheckProfile } from "@/lib/validations/compat-check";
import { SCRIPT_MESSAGES_ZH } from "./messages.zh";
import type { ProbeFile } from "./probe";
import { shConstant, shHeredoc, shQuote } from "./shell";
import { emmansunReleaseFor, TJFOC_RELEASE } from "./sm-libraries";
import { CPU_TARGETS, OS_TARGETS } from "./targets";

function label(key: keyof typeof SCRIPT_MESSAGES_ZH, arg?: string): string {
  const text: string = SCRIPT_MESSAGES_ZH[key];
  return arg === undefined ? text : text.replaceAll("{1}", arg);
}

export function renderProfileBlock(profile: CompatCheckProfile): string {
  const os = OS_TARGETS[profile.os];
  const cpu = CPU_TARGETS[profile.cpu];
  const mem = profile.memoryLimitMb;
  const constants: [string, string | number | boolean | null][] = [
    ["P_SYSTEM_NAME", profile.systemName],
    ["P_OS", profile.os],
    ["P_OS_LABEL", SCRIPT_OS_LABELS[profile.os]],
    ["P_OS_ID", os.osReleaseId],
    ["P_OS_VERSION", os.version],
    ["P_OS_SP", os.servicePack],
    ["P_CPU", profile.cpu],
    ["P_CPU_LABEL", CPU_FAMILY_LABELS[profile.cpu]],
    ["P_UNAME_M", cpu.unameM],
    ["P_GOARCH", cpu.goarch],
    ["P_QEMU_USER", cpu.qemuUser],
    ["P_GO_FLOOR", profile.goVersion],
    ["P_CRYPTO", profile.crypto],
    ["P_CRYPTO_LABEL", CRYPTO_MODE_LABELS[profile.crypto]],
    ["P_CGO", profile.cgo],
    ["P_CGO_LABEL", label(profile.cgo ? "label.cgo_on" : "label.cgo_off")],
    ["P_MEM_LIMIT_MB", mem],
    ["P_MEM_LABEL", mem === null ? label("label.mem_none") : label("label.mem_limit", String(mem))],
    ["P_SM_LIB", profile.smLibrary],
    ["P_EMMANSUN_VERSION", emmansunReleaseFor(profile.goVersion).version],
    ["P_TJFOC_VERSION", TJFOC_RELEASE.version],
  ];
  return ["# Target profile (validated by lib/validations/compat-check.ts, then shell-quoted).", ...constants.map(([n, v]) => shConstant(n, v))].join("\n");
}

/** POSIX `case` so the "please use bash" message works even under sh. */
export function renderMessagesBlock(): string {
  const branches = Object.entries(SCRIPT_MESSAGES_ZH).map(([key, text]) => {
    if (!/^[a-z0-9_.]+$/.test(key)) throw new Error(`message key ${key} is not a safe case pattern`);
    return `    ${key}) MSG_TEXT=${shQuote(text)} ;;`;
  });
  return [
    "# Messages (lib/compat-check/messages.zh.ts). msg_template KEY sets MSG_TEXT.",
    "msg_template() {",
    '  case "$1" in',
    ...branches,
    '    *) MSG_TEXT="$1" ;;',
    "  esac",
    "}",
  ].join("\n");
}

const HEREDOC_DELIMITER = "XCPROBE_SOURCE_EOF";

export function renderProbeBlock(files: ProbeFile[]): string {
  const branches = files.map(({ name, content }) => {
    if (!/^[a-z0-9_]+\.go$/.test(name)) throw new Error(`probe file name ${name} is not a safe case pattern`);
    return [`    ${name})`, shHeredoc(`      cat >"$2/${name}"`, HEREDOC_DELIMITER, content), "      ;;"].join("\n");
  });
  return [
    "# Probe sources (lib/compat-check/templates/probe). write_probe_file NAME DIR.",
    "write_probe_file() {",
    '  case "$1" in',
    ...branches,
    '    *) return 1 ;;',
    "  esac",
    "}",
  ].join("\n");
}
