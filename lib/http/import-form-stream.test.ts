/**
 * The import upload is bounded while it is read: a 100 MB chunked multipart body (no
 * Content-Length) is a 413 after reading about the limit, with flat memory, and the bounded read
 * still parses a normal upload with its fields.
 */
import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { hugeRequest, measure } from "@/tests/support/huge-body";
import { readImportRequest } from "./import-form";

const URL = "http://127.0.0.1:3000/api/v1/admin/survey/imports";
const MULTIPART = { "content-type": "multipart/form-data; boundary=----x" };
const LIMIT = 1024 * 1024;

describe("readImportRequest reads at most the limit", () => {
  it("answers a 100 MB chunked upload 413 file-too-large after about the limit, quickly, with flat memory", async () => {
    const { request, pulled } = hugeRequest(URL, MULTIPART);
    const { result, ms, grewBytes } = await measure(() => readImportRequest(request, LIMIT).catch((error: unknown) => error));
    expect(isAppError(result) && result).toMatchObject({ status: 413, code: "file-too-large" });
    expect(pulled()).toBeLessThan(LIMIT + 1024 * 1024);
    expect(ms).toBeLessThan(2000);
    expect(grewBytes).toBeLessThan(24 * 1024 * 1024);
  });

  it("ignores a Content-Length that understates the body", async () => {
    const { request, pulled } = hugeRequest(URL, { ...MULTIPART, "content-length": "10" });
    await expect(readImportRequest(request, LIMIT)).rejects.toMatchObject({ status: 413, code: "file-too-large" });
    expect(pulled()).toBeLessThan(LIMIT + 1024 * 1024);
  });

  it("parses an upload within the limit sent as a stream, and keeps the malformed-body message", async () => {
    const form = new FormData();
    form.append("file", new Blob(["企业编号\nTJ-01\n"]), "调研.csv");
    form.append("sheet", "调研数据");
    const encoded = new Request(URL, { method: "POST", body: form });
    const streamed = new Request(URL, {
      method: "POST",
      headers: { "content-type": encoded.headers.get("content-type")! },
      body: encoded.body,
      duplex: "half",
    } as RequestInit);
    const parsed = await readImportRequest(streamed, LIMIT);
    expect(new TextDecoder().decode(parsed.bytes)).toBe("企业编号\nTJ-01\n");
    expect(parsed).toMatchObject({ fileName: "调研.csv", sheet: "调研数据" });

    const garbage = new Request(URL, { method: "POST", headers: MULTIPART, body: "not a form" });
    await expect(readImportRequest(garbage, LIMIT)).rejects.toMatchObject({ status: 400, detail: "请求体必须是 multipart/form-data" });
  });
});
