import { newSecret, secretHash } from "@/lib/access/keys";
import { assessmentWriteResponse } from "@/lib/assessments/responses";
import { createAssessment, prepareVersion } from "@/lib/data/assessments";
import { db } from "@/lib/db";
import { etagOf } from "@/lib/http/etag";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { anonymousKeyCookie, requesterFrom } from "@/lib/http/requester";
import { apiRoute, json, readJson, methodNotAllowed } from "@/lib/http/route";
import { AppError } from "@/lib/errors";
import { assessmentWriteSchema } from "@/lib/validations/assessment";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/assessments — a new assessment from questionnaire answers: a draft
 * (`submit: false`, answers may be incomplete) or evaluated at once (`submit: true`).
 * Signed in (session) or with a token carrying `assessments:write`: owned by that user. Without
 * an account: an anonymous draft kept for this browser by an HttpOnly key cookie, claimed when
 * the browser signs in (decision record 008). Limited per client (counted only for bodies that
 * would be stored).
 */
export const POST = apiRoute(async (request) => {
  const { requester, user } = await requesterFrom(request);
  if (requester.token && !requester.token.scopes.has("assessments:write")) {
    throw new AppError({ status: 403, code: "forbidden", title: "无权创建评估", detail: "访问令牌缺少 assessments:write 权限" });
  }
  const body = await readJson(request, assessmentWriteSchema);
  const input = await prepareVersion(db, body);
  const limit = await consumeRateLimit(db, "assessment-create", request);
  const headers: Record<string, string> = { ...limit };
  let owner: Parameters<typeof createAssessment>[2];
  if (user) {
    owner = { userId: user.id };
  } else {
    const key = requester.anonymousKey ?? newSecret();
    if (!requester.anonymousKey) headers["Set-Cookie"] = anonymousKeyCookie(key);
    owner = { anonymousKeyHash: secretHash(key) };
  }
  const saved = await createAssessment(db, input, owner);
  return json(assessmentWriteResponse(saved, input.result), { status: 201, headers: { ...headers, ETag: etagOf(saved.revision) } });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("POST");
