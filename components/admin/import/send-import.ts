/**
 * Uploads a file to POST /api/v1/admin/survey/imports with XMLHttpRequest, because fetch cannot
 * report upload progress. Phases: "upload" (bytes sent) → "parsing" (sent, server working).
 */
export type ImportProgress = { phase: "upload"; loaded: number; total: number } | { phase: "parsing" };

export interface ImportRequestOptions {
  dryRun: boolean;
  sheet?: string;
  mapping?: string;
  fingerprint?: string;
}

export interface ImportHttpResult {
  status: number;
  body: unknown;
}

const INSTANT_UPLOAD_BYTES = 256 * 1024;

export const IMPORT_ENDPOINT = "/api/v1/admin/survey/imports";

export function sendImport(file: File, options: ImportRequestOptions, onProgress: (progress: ImportProgress) => void): Promise<ImportHttpResult> {
  const form = new FormData();
  form.append("file", file, file.name);
  if (options.sheet) form.append("sheet", options.sheet);
  if (options.mapping) form.append("mapping", options.mapping);
  if (options.fingerprint) form.append("fingerprint", options.fingerprint);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `${IMPORT_ENDPOINT}${options.dryRun ? "?dryRun=1" : ""}`);
    request.upload.onprogress = (event) => {
      if (!event.lengthComputable) return;
      onProgress(event.loaded >= event.total ? { phase: "parsing" } : { phase: "upload", loaded: event.loaded, total: event.total });
    };
    request.upload.onload = () => onProgress({ phase: "parsing" });
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => reject(new Error("网络错误：无法连接服务器"));
    request.send(form);
    // Chromium reports upload progress in ~100 ms ticks, often not at all for a small body; such a
    // body is sent at once, so the wait that follows is the server parsing.
    if (file.size < INSTANT_UPLOAD_BYTES) onProgress({ phase: "parsing" });
  });
}

/** The Chinese message of a problem+json body. */
export function problemMessage(body: unknown, fallback: string): string {
  const problem = body as { title?: string; detail?: string } | null;
  if (!problem?.title) return fallback;
  return problem.detail ? `${problem.title}：${problem.detail}` : problem.title;
}
