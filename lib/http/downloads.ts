/**
 * Attachment responses. Content-Disposition per RFC 6266: an ASCII fallback `filename` (no quotes,
 * separators or control characters) and the exact UTF-8 name in `filename*`.
 */

/** RFC 8187 `value-chars`: everything outside attr-char is percent-encoded, including `'()*`. */
export function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\/;%]/g, "_").replace(/_+/g, "_") || "download";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(fileName)}`;
}

export function attachment(body: Uint8Array | string, fileName: string, contentType: string): Response {
  return new Response(typeof body === "string" ? body : new Blob([new Uint8Array(body)]), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": contentDisposition(fileName),
      "Cache-Control": "private, no-store",
    },
  });
}
