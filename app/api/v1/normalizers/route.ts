import { normalizerTables } from "@/lib/decision/normalizers";
import { apiRoute, json, methodNotAllowed } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/v1/normalizers — the normalizer tables, thresholds and weights, each row with its origin (原文 / 本产品补全). */
export const GET = apiRoute(async () => json(normalizerTables()));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
