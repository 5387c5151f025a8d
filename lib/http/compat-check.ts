/** The check-script download, as `.sh` or as a `.tar.gz` bundle (script + Go probe + README). */
import { buildCompatCheckBundle, generateCompatCheck } from "@/lib/compat-check";
import { attachment } from "@/lib/http/downloads";
import type { CompatCheckFormat, CompatCheckProfile } from "@/lib/validations/compat-check";

export function compatCheckResponse(profile: CompatCheckProfile, format: CompatCheckFormat, headers: Record<string, string> = {}): Response {
  if (format === "tar.gz") {
    const bundle = buildCompatCheckBundle(profile);
    return attachment(bundle.data, bundle.filename, bundle.contentType, headers);
  }
  const { script, filename } = generateCompatCheck(profile);
  return attachment(script, filename, "text/x-shellscript; charset=utf-8", headers);
}
