import { notFound } from "@/lib/errors";
import { apiRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * Every /api path that no route handler serves: a 404 problem+json like the rest of the API,
 * instead of the HTML not-found page. Next matches the more specific routes first (each
 * app/api/…/route.ts, next-auth's /api/auth/[...nextauth]), so only unknown paths reach this one.
 */
const unknownPath = apiRoute(async () => {
  throw notFound("接口不存在", "没有这个 API 地址；可用的接口见 /api/v1/openapi.json");
});

// One handler under every method's name, as next-auth's route exports its handler: this is no
// operation of the API, and the OpenAPI completeness check (tests/openapi.test.ts), which looks
// for one declaration per method, rightly passes over it.
export { unknownPath as DELETE, unknownPath as GET, unknownPath as OPTIONS, unknownPath as PATCH, unknownPath as POST, unknownPath as PUT };
