import { getEnterprises } from "@/lib/data/survey";
import { db } from "@/lib/db";
import { apiRoute, json, parseInput, methodNotAllowed } from "@/lib/http/route";
import { enterpriseFiltersSchema, filterEnterprises, searchParamsObject } from "@/lib/survey/enterprise-filters";
import { RECONSTRUCTED_NOTICE } from "@/lib/survey/notices";

export const dynamic = "force-dynamic";

/** GET /api/v1/enterprises?district=&industry=&architectureType=&outcome= — the survey records. */
export const GET = apiRoute(async (request: Request) => {
  const filters = parseInput(
    enterpriseFiltersSchema,
    searchParamsObject(new URL(request.url).searchParams),
    "查询参数无效：请使用文档列出的取值",
  );
  const records = await getEnterprises(db);
  const items = filterEnterprises(records, filters);
  return json({ total: records.length, count: items.length, notice: RECONSTRUCTED_NOTICE, items });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
