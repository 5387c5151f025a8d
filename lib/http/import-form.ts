/**
 * The multipart upload of POST /api/v1/admin/survey/imports: `file` plus optional `sheet`,
 * `mapping` (a saved mapping's name) and `fingerprint` (from the dry run the admin approved).
 * The body is read with `readBodyWithin` and parsed only once it is known to fit, so an upload
 * over the limit costs at most the limit in memory, whatever its Content-Length said. Failures are
 * the import service's own (its messages, `bad-request`), so the admin page reads them as it does
 * the service's.
 */
import { AppError, zodFieldErrors } from "@/lib/errors";
import { readBodyWithin } from "@/lib/http/body";
import { ImportFileError } from "@/lib/survey-files/file-errors";
import { MAX_UPLOAD_BYTES } from "@/lib/survey-files/limits";
import { ImportServiceError } from "@/lib/survey-import/errors";
import { serviceMessages } from "@/lib/survey-import/messages";
import { importFormSchema } from "@/lib/survey-import/schemas";

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

export async function readImportRequest(request: Request, maxBytes = MAX_UPLOAD_BYTES): Promise<ImportRequest> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    throw new AppError({ status: 415, code: "unsupported-media-type", title: "不支持的内容类型", detail: serviceMessages.notMultipart });
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
