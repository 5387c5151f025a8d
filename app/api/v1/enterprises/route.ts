import { findEnterprisePage } from "@/lib/data/enterprise-query";
import { db } from "@/lib/db";
import { apiRoute, json, parseInput, methodNotAllowed } from "@/lib/http/route";
import { enterpriseQuerySchema, searchParamsObject } from "@/lib/survey/enterprise-filters";
import { reconstructedNotice } from "@/lib/survey/notices";
import { getSurveySnapshot } from "@/lib/data/survey-snapshot";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/enterprises?district=&industry=&architectureType=&outcome=&q=&sort=&order=&page=&pageSize=
 * — one page of the survey records, filtered, searched and sorted in the database.
 */
export const GET = apiRoute(async (request: Request) => {
  const query = parseInput(
    enterpriseQuerySchema,
    searchParamsObject(new URL(request.url).searchParams),
    "查询参数无效：请使用文档列出的参数与取值",
  );
  const { total, count, page, pageSize, pages, items } = await findEnterprisePage(db, query);
  const { summary } = await getSurveySnapshot(db);
  const notice = reconstructedNotice(summary.enterprises, summary.reconstructed);
  return json({ total, count, page, pageSize, pages, notice: `${notice.title}：${notice.text}`, items });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
