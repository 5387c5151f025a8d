import { isAssessmentId } from "@/lib/assessments/id";
import { assessmentResponse, assessmentWriteResponse } from "@/lib/assessments/responses";
import { getAssessment, prepareVersion, saveAssessmentVersion } from "@/lib/data/assessments";
import { HttpProblem } from "@/lib/http/problem";
import { apiRoute, json, readJson } from "@/lib/http/route";
import { assessmentWriteSchema } from "@/lib/validations/assessment";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const notFound = () => new HttpProblem(404, "评估不存在", "没有这个编号的评估，或链接不完整");

async function assessmentId(context: Context): Promise<string> {
  const { id } = await context.params;
  if (!isAssessmentId(id)) throw notFound();
  return id;
}

function versionParam(request: Request): number | "latest" {
  const raw = new URL(request.url).searchParams.get("version");
  if (raw === null) return "latest";
  if (!/^[1-9]\d{0,5}$/.test(raw)) {
    throw new HttpProblem(400, "请求参数无效", "version 必须是正整数", [{ path: "version", message: "version 必须是正整数" }]);
  }
  return Number(raw);
}

/** GET /api/v1/assessments/{id} — the latest version (or ?version=N) and the list of all versions. */
export const GET = apiRoute<Context>(async (request, context) => {
  const id = await assessmentId(context);
  const view = await getAssessment(id, versionParam(request));
  if (!view) throw notFound();
  return json(assessmentResponse(view));
});

/**
 * PUT /api/v1/assessments/{id} — saves the open draft (or opens the next version as a draft);
 * with `submit: true` evaluates it as a submitted version. 201 when a new version was opened.
 */
export const PUT = apiRoute<Context>(async (request, context) => {
  const id = await assessmentId(context);
  const body = await readJson(request, assessmentWriteSchema);
  const input = await prepareVersion(body);
  const saved = await saveAssessmentVersion(id, input);
  if (!saved) throw notFound();
  return json(assessmentWriteResponse(saved, input.result), { status: saved.created ? 201 : 200 });
});
