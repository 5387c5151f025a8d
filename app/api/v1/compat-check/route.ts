import { compatCheckResponse } from "@/lib/http/compat-check";
import { db } from "@/lib/db";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { apiRoute, readJson, readQuery, methodNotAllowed } from "@/lib/http/route";
import { compatCheckDownloadQuerySchema, compatCheckProfileSchema } from "@/lib/validations/compat-check";

export const dynamic = "force-dynamic";

/** POST /api/v1/compat-check — a check script (or `?format=tar.gz` bundle) for a target profile. */
export const POST = apiRoute(async (request) => {
  const { format } = readQuery(request, compatCheckDownloadQuerySchema.pick({ format: true }));
  const profile = await readJson(request, compatCheckProfileSchema);
  return compatCheckResponse(profile, format, await consumeRateLimit(db, "script-download", request));
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("POST");
