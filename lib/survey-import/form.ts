/**
 * The multipart upload of POST /api/v1/admin/survey/imports: `file` plus optional `sheet`,
 * `mapping` (a saved mapping's name) and `fingerprint` (from the dry run the admin approved).
 * The body is read with `readBodyWithin` and parsed only once it is known to fit, so an upload
 * over the limit costs at most the limit in memory, whatever its Content-Length said.
 */
import { zodFieldErrors } from "@/lib/errors";
// The two small modules, not the barrel: readJson (lib/http/route.ts) imports this file for
// `readBodyWithin`, and every JSON route would otherwise load the XLSX parser with it.
import { ImportFileError } from "@/lib/survey-files/file-errors";
import { MAX_UPLOAD_BYTES } from "@/lib/survey-files/limits";
import { ImportServiceError } from "./errors";
import { serviceMessages } from "./messages";
import { importFormSchema } from "./schemas";

export interface ImportRequest {
  bytes: Uint8Array;
  fileName: string;
  sheet?: string;
  mappingName?: string;
  fingerprint?: string;
}

/** Room for the multipart boundaries and the small text fields. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const badRequest = (detail: string, fields?: { path: string; message: string }[]) =>
  new ImportServiceError("bad-request", 400, serviceMessages.badRequest, detail, { fields });

const tooLarge = (maxBytes: number) =>
  new ImportFileError("file-too-large", serviceMessages.tooLarge(Math.round(maxBytes / 1024 / 1024)), { limit: maxBytes });

/**
 * The request body if it is at most `maxBytes`, read chunk by chunk; `undefined` as soon as it is
 * longer (or declares a longer Content-Length), without reading the rest: a chunked body has no
 * length to check up front, and a declared one may lie. The stream is released, not cancelled:
 * cancelling destroys Node's request object, which can close the socket the 413 still has to
 * be written to.
 *
 * The one bounded reader of the app, used by the import upload here and by `readJson`. It lives
 * in the import service because that layer may not import lib/http (007); lib/http may import it.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) return undefined;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      size += next.value.byteLength;
      if (size > maxBytes) return undefined;
      chunks.push(next.value);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function readImportRequest(request: Request, maxBytes = MAX_UPLOAD_BYTES): Promise<ImportRequest> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    throw new ImportServiceError("bad-request", 415, "不支持的内容类型", serviceMessages.notMultipart);
  }
  const body = await readBodyWithin(request, maxBytes + FORM_OVERHEAD_BYTES);
  if (!body) throw tooLarge(maxBytes);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw badRequest(serviceMessages.notMultipart);
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) throw badRequest(serviceMessages.missingFile);
  if (file.size > maxBytes) throw tooLarge(maxBytes);
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value.trim() !== "" ? value : undefined;
  };
  const fields = importFormSchema.safeParse({ sheet: text("sheet"), mapping: text("mapping"), fingerprint: text("fingerprint") });
  if (!fields.success) {
    const errors = zodFieldErrors(fields.error);
    throw badRequest(errors.map((error) => `${error.path}: ${error.message}`).join("；"), errors);
  }
  return {
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName: (file as File).name || "upload",
    sheet: fields.data.sheet,
    mappingName: fields.data.mapping,
    fingerprint: fields.data.fingerprint,
  };
}
