import { buildOpenApiDocument } from "@/lib/openapi/document";
import { methodNotAllowed } from "@/lib/http/route";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument());
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed("GET");
