/**
 * GET /api/v1/normalizers answers the method page's tables as JSON, each row with its origin, in
 * the shape the OpenAPI document declares; other methods are refused.
 */
import { describe, expect, it, vi } from "vitest";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { normalizerTablesSchema } from "@/lib/validations/normalizer-tables";
import { DATABASES, TARGET_OSES } from "@/lib/domain/catalog";

vi.mock("server-only", () => ({}));

const route = await import("@/app/api/v1/normalizers/route");
const URL_ = "http://test.local/api/v1/normalizers";

describe("GET /api/v1/normalizers", () => {
  it("answers 200 JSON with every table, valid by its schema", async () => {
    const response = await route.GET(new Request(URL_), undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = normalizerTablesSchema.parse(await response.json());
    expect(body.xinchuang.os.map((row) => row.key)).toEqual([...TARGET_OSES]);
    expect(body.xinchuang.database.map((row) => row.key)).toEqual([...DATABASES]);
    expect(body.examples.xinchuang).toMatchObject({ value: 0.92, seedValue: 0.92 });
    expect(body.thresholds.map((row) => row.value)).toEqual([0.7, 0.75, 0.6]);
  });

  it("marks each row's origin, and the catalog's additions as the product's own", async () => {
    const body = normalizerTablesSchema.parse(await (await route.GET(new Request(URL_), undefined)).json());
    const highgo = body.xinchuang.database.find((row) => row.key === "highgo");
    expect(highgo).toMatchObject({ origin: "product", value: 0.88 });
    expect(body.xinchuang.os.find((row) => row.key === "anolis-8")).toMatchObject({ origin: "product" });
    expect(body.goProficiency.servicesShipped.find((row) => row.services === 3)).toMatchObject({ origin: "article", seedSection: "§4.2", value: 0.86 });
    expect(body.xinchuang.crypto.every((row) => row.check.includes("不计入信创适配度"))).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/seed 0\d\d/);
  });

  it("refuses other methods with 405 and an Allow header", async () => {
    const response = await route.POST(new Request(URL_, { method: "POST" }), undefined);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toContain("GET");
  });

  it("is documented in the OpenAPI document with the same schema", () => {
    const operation = buildOpenApiDocument().paths["/api/v1/normalizers"]?.get as { operationId: string; tags: string[] } | undefined;
    expect(operation).toMatchObject({ operationId: "getNormalizerTables", tags: ["方法"] });
  });
});
