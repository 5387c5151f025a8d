/** The check-script download, as `.sh` or as a `.tar.gz` bundle (script + Go probe + README). */
import { buildCompatCheckBundle, generateCompatCheck } from "@/lib/compat-check";
import { HttpProblem } from "@/lib/http/problem";
import { attachment } from "@/lib/http/downloads";
import type { CompatCheckProfile } from "@/lib/validations/compat-check";

export const COMPAT_CHECK_FORMATS = ["sh", "tar.gz"] as const;

export function compatCheckFormat(url: URL): (typeof COMPAT_CHECK_FORMATS)[number] {
  const format = url.searchParams.get("format") ?? "sh";
  if (format === "sh" || format === "tar.gz") return format;
  throw new HttpProblem(400, "请求参数无效", "format 只能是 sh 或 tar.gz", [{ path: "format", message: "format 只能是 sh 或 tar.gz" }]);
}

export function compatCheckResponse(profile: CompatCheckProfile, format: (typeof COMPAT_CHECK_FORMATS)[number]): Response {
  if (format === "tar.gz") {
    const bundle = buildCompatCheckBundle(profile);
    return attachment(bundle.data, bundle.filename, bundle.contentType);
  }
  const { script, filename } = generateCompatCheck(profile);
  return attachment(script, filename, "text/x-shellscript; charset=utf-8");
}
