/**
 * Attachment responses. Content-Disposition per RFC 6266: an ASCII fallback `filename` (no quotes,
 * separators or control characters) and the exact UTF-8 name in `filename*`.
 */

/**
 * A download's name: `utf8` the exact name, `ascii` a readable fallback when the caller has a
 * better one than ours. A name known to be plain ASCII (`{ ascii }` alone) needs no `filename*`.
 */
export type DownloadName = { utf8: string; ascii?: string } | { utf8?: undefined; ascii: string };

/** RFC 8187 `value-chars`: everything outside attr-char is percent-encoded, including `'()*`. */
export function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const asciiFallback = (fileName: string) => fileName.replace(/[^\x20-\x7e]|["\\/;%]/g, "_").replace(/_+/g, "_") || "download";

export function contentDisposition(name: string | DownloadName): string {
  const { utf8, ascii } = typeof name === "string" ? { utf8: name, ascii: undefined } : name;
  if (utf8 === undefined) return `attachment; filename="${asciiFallback(ascii)}"`;
  return `attachment; filename="${ascii ?? asciiFallback(utf8)}"; filename*=UTF-8''${encodeExtValue(utf8)}`;
}

export function attachment(
  body: Uint8Array | string,
  name: string | DownloadName,
  contentType: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(typeof body === "string" ? body : new Blob([new Uint8Array(body)]), {
    headers: {
      ...headers,
      "Content-Type": contentType,
      "Content-Disposition": contentDisposition(name),
      "Cache-Control": "private, no-store",
    },
  });
}
