import { db } from "@/lib/db";
import { apiRoute } from "@/lib/http/route";
import { validationProblem } from "@/lib/http/problem";
import { requireAdminApi } from "@/lib/session";
import { exportSurvey } from "@/lib/survey-import";
import { exportQuerySchema } from "@/lib/survey-import/schemas";

export const dynamic = "force-dynamic";

/** GET /api/v1/admin/survey/export?format=csv|xlsx — the current survey, in the import's layout. */
export const GET = apiRoute(async (request) => {
  await requireAdminApi();
  const query = exportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw validationProblem(query.error);
  const file = await exportSurvey(db, query.data.format);
  return new Response(file.bytes as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
