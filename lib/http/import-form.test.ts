/** The multipart upload of the import API: required file, optional fields, size and type checks. */
import { describe, expect, it } from "vitest";
import { readImportRequest } from "./import-form";

function upload(fields: Record<string, string | Blob>, init: { headers?: Record<string, string> } = {}): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof Blob) form.append(name, value, "调研.csv");
    else form.append(name, value);
  }
  return new Request("http://localhost/api/v1/admin/survey/imports", { method: "POST", body: form, ...init });
}

describe("readImportRequest", () => {
  it("reads the file bytes, its name and the optional fields", async () => {
    const request = upload({ file: new Blob(["企业编号\nTJ-01\n"]), sheet: "调研数据", mapping: "老模板", fingerprint: "0123456789abcdef" });
    const parsed = await readImportRequest(request);
    expect(new TextDecoder().decode(parsed.bytes)).toBe("企业编号\nTJ-01\n");
    expect(parsed).toMatchObject({ fileName: "调研.csv", sheet: "调研数据", mappingName: "老模板", fingerprint: "0123456789abcdef" });
  });

  it("refuses a missing file, a bad fingerprint, a non-multipart body and a file over the limit", async () => {
    await expect(readImportRequest(upload({ sheet: "x" }))).rejects.toMatchObject({ status: 400, detail: "请上传文件（表单字段 file）" });
    await expect(readImportRequest(upload({ file: new Blob(["a"]), fingerprint: "nope" }))).rejects.toMatchObject({ status: 400 });
    const json = new Request("http://localhost/x", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    await expect(readImportRequest(json)).rejects.toMatchObject({ status: 415 });
    await expect(readImportRequest(upload({ file: new Blob(["x".repeat(2048)]) }), 1024)).rejects.toMatchObject({ status: 413 });
  });
});
