/**
 * Builds the OpenAPI 3.1 document served at GET /api/v1/openapi.json from the operation specs of
 * each feature (lib/openapi/paths/*.ts). Keep it complete: every public endpoint has a spec, and
 * tests/openapi.test.ts checks each route handler under app/api/v1 is documented.
 */
import { z } from "@/lib/validations/zod";
import { PROBLEM_SCHEMA, problemResponses, type OperationSpec, type ResponseSpec } from "@/lib/openapi/spec";
import { ALL_OPERATIONS } from "@/lib/openapi/paths";

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const converted = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  delete converted.$schema; // the document declares the dialect once
  return converted;
}

function response(spec: ResponseSpec) {
  const head = { description: spec.description, ...(spec.headers ? { headers: spec.headers } : {}) };
  if (spec.content) return { ...head, content: spec.content };
  if (!spec.schema) return head;
  return {
    ...head,
    content: {
      "application/json": {
        schema: jsonSchema(spec.schema, "output"),
        ...(spec.example === undefined ? {} : { example: spec.example }),
      },
    },
  };
}

const CROSS_ORIGIN = "Origin 或 Sec-Fetch-Site 表明请求来自其他站点的页面，code 为 cross-origin-request";

/**
 * apiRoute refuses every state-changing request from another origin before its handler runs
 * (lib/security/origin.ts), so each such operation may answer 403, whatever its own spec lists.
 */
function responsesOf(spec: OperationSpec): Record<number, ResponseSpec> {
  if (spec.method === "get") return spec.responses;
  const own = spec.responses[403];
  const description = own ? `${own.description}；或跨站请求（${CROSS_ORIGIN}）` : `跨站请求已拒绝（${CROSS_ORIGIN}）`;
  return { ...spec.responses, 403: { ...(own ?? problemResponses(403)[403]!), description } };
}

function operation(spec: OperationSpec) {
  const body = spec.request
    ? {
        required: true,
        description: spec.request.description,
        content: {
          [spec.request.contentType ?? "application/json"]: {
            schema: jsonSchema(spec.request.schema, "input"),
            ...(spec.request.example === undefined ? {} : { example: spec.request.example }),
          },
        },
      }
    : spec.multipart
      ? { required: true, content: { "multipart/form-data": { schema: spec.multipart.schema } } }
      : undefined;
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: spec.tags,
    ...(spec.parameters ? { parameters: spec.parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: Object.fromEntries(Object.entries(responsesOf(spec)).map(([status, r]) => [status, response(r)])),
    ...(spec.admin ? { security: [{ sessionCookie: [] }] } : {}),
    ...(spec.tokenScopes ? { security: [{ bearerToken: spec.tokenScopes }, { sessionCookie: [] }, ...(spec.tokenScopes.length === 0 ? [{}] : [])] } : {}),
  };
}

export function buildOpenApiDocument(operations: readonly OperationSpec[] = ALL_OPERATIONS) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of operations) {
    paths[spec.path] ??= {};
    paths[spec.path]![spec.method] = operation(spec);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "天津 Go 技术栈选型 API",
      version: "1.0.0",
      description:
        "决策树评估、评估记录、调研数据、兼容性检查脚本与管理导入。所有错误均为 RFC 9457 application/problem+json；" +
        "未知的 /api 路径答 404（code 为 not-found），含数据库无法保存的字符（NUL、不成对的 UTF-16 代理项）的 JSON 请求答 400 并指明字段。",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: { Problem: PROBLEM_SCHEMA },
      securitySchemes: {
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "登录后的会话 Cookie（HTTPS 下为 __Secure-next-auth.session-token）",
        },
        bearerToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "tjgo_pat_…",
          description:
            "个人访问令牌（在“访问令牌”页创建，只显示一次）：Authorization: Bearer tjgo_pat_…。权限 assessments:read 读取、assessments:write 创建与保存；" +
            "令牌代表创建它的用户，只能访问该用户有权访问的评估，不能共享或删除。无效令牌答 401（WWW-Authenticate: Bearer error=\"invalid_token\"）。",
        },
      },
    },
  };
}
