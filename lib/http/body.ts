/** Reading a request body within a byte limit, whatever its headers say. */

/**
 * The request body if it is at most `maxBytes`, read chunk by chunk; `undefined` as soon as it is
 * longer (or declares a longer Content-Length), without reading the rest: a chunked body has no
 * length to check up front, and a declared one may lie. The stream is released, not cancelled:
 * cancelling destroys Node's request object, which can close the socket the 413 still has to
 * be written to.
 *
 * The one bounded reader of the app: `readJson` and the import upload (./import-form.ts) use it.
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
