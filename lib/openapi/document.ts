/**
 * Builds the OpenAPI 3.1 document served at GET /api/v1/openapi.json from the operation specs of
 * each feature (lib/openapi/paths/*.ts). Keep it complete: every public endpoint has a spec, and
 * tests/openapi.test.ts checks each route handler under app/api/v1 is documented.
 */
import { z } from "@/lib/validations/zod";
import { PROBLEM_SCHEMA, type OperationSpec, type ResponseSpec } from "@/lib/openapi/spec";
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
    responses: Object.fromEntries(Object.entries(spec.responses).map(([status, r]) => [status, response(r)])),
    ...(spec.admin ? { security: [{ sessionCookie: [] }] } : {}),
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
        "决策树评估、评估记录、调研数据、兼容性检查脚本与管理导入。所有错误均为 RFC 9457 application/problem+json。",
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
          description: "管理员登录后的会话 Cookie（HTTPS 下为 __Secure-next-auth.session-token）",
        },
      },
    },
  };
}
