import { matchingEnterprises } from "@/lib/data/enterprise-query";
import { db } from "@/lib/db";
import { contentDisposition } from "@/lib/http/downloads";
import { apiRoute, parseInput, methodNotAllowed } from "@/lib/http/route";
import { csvFileName } from "@/lib/survey/csv";
import { enterpriseExportSchema, searchParamsObject } from "@/lib/survey/enterprise-filters";
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, enterpriseCsvStream, enterpriseXlsxStream } from "@/lib/survey/enterprise-export";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/enterprises/export?format=csv|xlsx&cols=…&(the table's filters, search and sort) —
 * every matching record in the table's columns and order, streamed.
 */
export const GET = apiRoute(async (request: Request) => {
  const { format, cols, ...query } = parseInput(
    enterpriseExportSchema,
    searchParamsObject(new URL(request.url).searchParams),
    "导出参数无效：请使用文档列出的参数与取值",
  );
  const batches = matchingEnterprises(db, query);
  const body = format === "xlsx" ? enterpriseXlsxStream(batches, cols) : enterpriseCsvStream(batches, cols);
  return new Response(body, {
    headers: {
      "Content-Type": format === "xlsx" ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE,
      "Content-Disposition": contentDisposition(csvFileName(new Date(), format)),
      "Cache-Control": "private, no-store",
    },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
