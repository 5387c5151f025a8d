/**
 * The multipart upload of POST /api/v1/admin/survey/imports: `file` plus optional `sheet`,
 * `mapping` (a saved mapping's name) and `fingerprint` (from the dry run the admin approved).
 * The declared size is checked before the body is read.
 */
import { zodFieldErrors } from "@/lib/errors";
import { ImportFileError, MAX_UPLOAD_BYTES } from "@/lib/survey-files";
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

export async function readImportRequest(request: Request, maxBytes = MAX_UPLOAD_BYTES): Promise<ImportRequest> {
  if (!/^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new ImportServiceError("bad-request", 415, "不支持的内容类型", serviceMessages.notMultipart);
  }
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes + FORM_OVERHEAD_BYTES) throw tooLarge(maxBytes);
  let form: FormData;
  try {
    form = await request.formData();
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
