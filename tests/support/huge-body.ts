/**
 * A 100 MB request body that exists only as it is read: a ReadableStream making 64 KB chunks on
 * demand, sent chunked (no Content-Length). `pulled()` says how much of it the reader asked for,
 * so a test can prove a limit stopped the reading rather than only the answer. Used in-process by
 * the unit tests and over HTTP by the browser tests (e2e/api-evaluate.spec.ts).
 */
export const HUGE_BODY_BYTES = 100 * 1024 * 1024;
const CHUNK = new Uint8Array(64 * 1024).fill(0x20); // spaces: valid anywhere in JSON or a form

export function hugeBody(totalBytes = HUGE_BODY_BYTES) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= totalBytes) return controller.close();
      pulled += CHUNK.byteLength;
      controller.enqueue(CHUNK.slice());
    },
  });
  return { stream, pulled: () => pulled };
}

/** The init of a POST streaming the huge body, as a browser or `curl -T -` does: no Content-Length. */
export function hugePost(headers: Record<string, string>, totalBytes = HUGE_BODY_BYTES) {
  const body = hugeBody(totalBytes);
  // `duplex` is required by Node's fetch for a streamed body and missing from the DOM typings.
  const init = { method: "POST", headers, body: body.stream, duplex: "half" } as RequestInit;
  return { init, pulled: body.pulled };
}

/** The same POST as a Request, for a handler called in-process. */
export function hugeRequest(url: string, headers: Record<string, string>, totalBytes = HUGE_BODY_BYTES) {
  const { init, pulled } = hugePost(headers, totalBytes);
  return { request: new Request(url, init), pulled };
}

/** Heap and array buffers (where request bodies live) grown across `run`, and its duration. */
export async function measure<T>(run: () => Promise<T>): Promise<{ result: T; ms: number; grewBytes: number }> {
  const used = () => {
    const memory = process.memoryUsage();
    return memory.heapUsed + memory.arrayBuffers;
  };
  const before = used();
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started, grewBytes: used() - before };
}
