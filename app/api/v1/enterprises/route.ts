import { getEnterprises } from "@/lib/data/survey";
import { validationProblem } from "@/lib/http/problem";
import { apiRoute, json } from "@/lib/http/route";
import { enterpriseFiltersSchema, filterEnterprises, searchParamsObject } from "@/lib/survey/enterprise-filters";
import { RECONSTRUCTED_NOTICE } from "@/lib/survey/notices";

export const dynamic = "force-dynamic";

/** GET /api/v1/enterprises?district=&industry=&architectureType=&outcome= — the survey records. */
export const GET = apiRoute(async (request: Request) => {
  const parsed = enterpriseFiltersSchema.safeParse(searchParamsObject(new URL(request.url).searchParams));
  if (!parsed.success) throw validationProblem(parsed.error, "查询参数无效：请使用文档列出的取值");
  const records = await getEnterprises();
  const items = filterEnterprises(records, parsed.data);
  return json({ total: records.length, count: items.length, notice: RECONSTRUCTED_NOTICE, items });
});
