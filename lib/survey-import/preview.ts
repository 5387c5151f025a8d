/**
 * Preview of an uploaded file against the stored records: the same for the admin page, the API's
 * dry run and the CLI. Parsing happens here, outside any transaction; the commit re-plans the
 * validated rows against fresh data under the import lock.
 */
import { createHash } from "node:crypto";
import { MAX_UPLOAD_BYTES, planFingerprint, previewImport, type ImportPreview } from "@/lib/survey-files";
import type { Db } from "@/lib/db/client";
import { getColumnMapping } from "./mappings";
import { loadEnterpriseRecords } from "./records";

export interface UploadInput {
  bytes: Uint8Array;
  fileName: string;
  sheet?: string;
  /** Name of a saved column mapping. */
  mappingName?: string;
  /** Defaults to MAX_UPLOAD_BYTES (10 MB); the CLI may raise it for bulk loads. */
  maxBytes?: number;
}

export interface UploadPreview {
  fileName: string;
  sha256: string;
  mappingName?: string;
  preview: ImportPreview;
  /** planFingerprint of the plan against the records read for this preview. */
  fingerprint: string;
}

export async function previewUpload(db: Db, input: UploadInput): Promise<UploadPreview> {
  const savedMapping = input.mappingName ? await getColumnMapping(db, input.mappingName) : undefined;
  const existing = await loadEnterpriseRecords(db);
  // An unreadable file throws the reader's ImportFileError: an AppError the callers answer as is.
  const preview = await previewImport(input.bytes, existing, {
    fileName: input.fileName,
    sheet: input.sheet,
    maxBytes: input.maxBytes ?? MAX_UPLOAD_BYTES,
    savedMapping,
  });
  return {
    fileName: input.fileName,
    sha256: createHash("sha256").update(input.bytes).digest("hex"),
    mappingName: input.mappingName,
    preview,
    fingerprint: planFingerprint(preview.plan),
  };
}
