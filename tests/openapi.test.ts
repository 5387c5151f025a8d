/**
 * The OpenAPI document stays complete: every route handler under app/api (except next-auth's) is
 * documented with each method it exports, and the document is valid 3.1 in shape.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/openapi/document";

const ROOT = path.resolve(__dirname, "..");

interface JsonSchema {
  type?: string;
  required?: string[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
}
const API = path.join(ROOT, "app", "api");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

function openApiPath(file: string): string {
  const relative = path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep).join("/");
  return `/${relative}`.replace(/\[([^\]]+)\]/g, "{$1}");
}

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is OpenAPI 3.1 with operation ids that are unique", () => {
    expect(doc.openapi).toBe("3.1.0");
    const ids = Object.values(doc.paths).flatMap((methods) => Object.values(methods).map((op) => (op as { operationId: string }).operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("documents every route handler and method", () => {
    const missing: string[] = [];
    for (const file of routeFiles(API)) {
      const route = openApiPath(file);
      if (route.startsWith("/api/auth/")) continue; // next-auth's own endpoints
      const source = readFileSync(file, "utf8");
      const methods = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
      for (const method of methods) {
        if (!doc.paths[route]?.[method]) missing.push(`${method.toUpperCase()} ${route}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("gives every JSON request body an object schema with required fields", () => {
    for (const methods of Object.values(doc.paths)) {
      for (const op of Object.values(methods) as { requestBody?: { content: Record<string, { schema: JsonSchema }> } }[]) {
        const json = op.requestBody?.content["application/json"];
        if (!json) continue;
        const variants = json.schema.oneOf ?? json.schema.anyOf ?? [json.schema];
        for (const variant of variants) {
          expect(variant.type).toBe("object");
          expect(variant.required?.length).toBeGreaterThan(0);
        }
      }
    }
  });
});
