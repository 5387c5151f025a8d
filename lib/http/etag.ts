/**
 * Optimistic concurrency for the assessments API: the ETag is the assessment's revision, a write
 * may send it back in `If-Match` and is refused with 412 when someone saved in between.
 */

export const etagOf = (revision: number) => `"r${revision}"`;

/** Matches no revision: revisions count up from 0 (assessments created before ETags have 0). */
const NO_REVISION = -1;
const MAX_REVISION = 2 ** 31 - 1;

/**
 * The revision `If-Match` asks for: `undefined` when the header is absent or `*` (an
 * unconditional write), a number for one of our ETags. Anything else cannot match any revision
 * of ours, so the write fails its precondition (412) as RFC 9110 says, rather than a 400.
 */
export function expectedRevision(request: Request): number | undefined {
  const header = request.headers.get("if-match")?.trim();
  if (!header || header === "*") return undefined;
  const match = /^(?:W\/)?"r(\d{1,10})"$/.exec(header);
  const revision = match ? Number(match[1]) : NO_REVISION;
  // The column is a 32-bit integer: PostgreSQL refuses a larger number in the comparison itself.
  return revision <= MAX_REVISION ? revision : NO_REVISION;
}
