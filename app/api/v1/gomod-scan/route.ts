import { AppError } from "@/lib/errors";
import { apiRoute, json, methodNotAllowed, readJson } from "@/lib/http/route";
import { GOMOD_SCAN_MAX_BODY_BYTES, gomodScanRequestSchema } from "@/lib/gomod/api-schema";
import { compactScan, scanGoModText } from "@/lib/gomod/scan";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/gomod-scan — go.mod (+ go.sum / vendor/modules.txt) → per-module verdicts for the
 * target, with the knowledge-base version. Nothing is stored. A go.mod of 1 MiB is accepted, so
 * the body limit is this route's own (three texts of 1 MiB plus JSON escaping), not the 64 KB default.
 */
export const POST = apiRoute(async (request) => {
  const input = await readJson(request, gomodScanRequestSchema, GOMOD_SCAN_MAX_BODY_BYTES);
  const outcome = scanGoModText(input);
  if (!outcome.ok) {
    const field = outcome.file === "go.mod" ? "gomod" : outcome.file === "go.sum" ? "gosum" : "vendorModules";
    throw new AppError({
      status: 422,
      code: "gomod-invalid",
      title: `${outcome.file} 无法解析`,
      detail: `${outcome.file} 有 ${outcome.problems.length} 处问题，请按行号修改后重试`,
      fields: outcome.problems.map((p) => ({ path: field, message: p.message })),
      extensions: { file: outcome.file, problems: outcome.problems },
    });
  }
  return json({ ...outcome.scan, stored: compactScan(outcome.scan) });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("POST");
