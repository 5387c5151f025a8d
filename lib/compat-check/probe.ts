/**
 * The Go probe a profile needs. The script embeds these files and, on the machine, copies
 * main.go plus the one SM variant that matches the library it finds (chosen by build tag
 * `gmsm_<variant>`), cgo.go when CGO is required and tls13.go for TLS 1.3 profiles.
 */
import type { CompatCheckProfile, SmLibrary } from "@/lib/validations/compat-check";
import { SM_LIBRARY_FACTS } from "@/lib/domain/sm-libraries";
import { emmansunReleaseFor, TJFOC_RELEASE } from "./sm-libraries";
import { readTemplate } from "./templates";

/** Probe variants by build tag; tjfoc ≤ 1.3 (Debian) and ≥ 1.4 differ in GenerateKey/Sm2Sign. */
export const SM_VARIANTS = ["emmansun", "tjfoc", "tjfoc_legacy"] as const;

export interface ProbeFile {
  name: string;
  content: string;
}

export function probeFileNames(profile: CompatCheckProfile): string[] {
  const names = ["main.go"];
  if (profile.crypto !== "none") names.push(...SM_VARIANTS.map((v) => `sm_${v}.go`));
  if (profile.cgo) names.push("cgo.go");
  if (profile.crypto === "sm-tls13") names.push("tls13.go");
  return names;
}

export function probeFiles(profile: CompatCheckProfile): ProbeFile[] {
  return probeFileNames(profile).map((name) => ({ name, content: readTemplate(`probe/${name}`) }));
}

export function smModulePath(library: SmLibrary): string {
  return SM_LIBRARY_FACTS[library].modulePath;
}

export function defaultSmVersion(library: SmLibrary, goFloor: string): string {
  return library === "emmansun" ? emmansunReleaseFor(goFloor).version : TJFOC_RELEASE.version;
}

/** Same shape the script's write_gomod produces at run time (module mode). */
export function renderGoMod(profile: CompatCheckProfile): string {
  const head = `module xcprobe\n\ngo ${profile.goVersion}\n`;
  if (profile.crypto === "none") return head;
  const library = profile.smLibrary;
  return `${head}\nrequire ${smModulePath(library)} ${defaultSmVersion(library, profile.goVersion)}\n`;
}
