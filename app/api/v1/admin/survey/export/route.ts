import { db } from "@/lib/db";
import { attachment } from "@/lib/http/downloads";
import { apiRoute, readQuery, methodNotAllowed } from "@/lib/http/route";
import { requireAdminApi } from "@/lib/session";
import { exportSurvey } from "@/lib/survey-import";
import { exportQuerySchema } from "@/lib/survey-import/schemas";

export const dynamic = "force-dynamic";

/** GET /api/v1/admin/survey/export?format=csv|xlsx — the current survey, in the import's layout. */
export const GET = apiRoute(async (request) => {
  await requireAdminApi();
  const { format } = readQuery(request, exportQuerySchema);
  const file = await exportSurvey(db, format);
  return attachment(file.bytes, { ascii: file.fileName }, file.contentType);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
