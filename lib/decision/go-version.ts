/** Go versions are "1.xx" strings throughout the product (seed 001 ch.1 table). */

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * Minor version of "1.xx", or NaN when the text is not of that form. Parsed by hand rather than
 * with a regular expression: it runs on every evaluation (knowledge cards, Go floor).
 */
export function goMinor(version: string): number {
  const n = typeof version === "string" ? version.length : 0;
  if (n < 3 || n > 4 || version.charCodeAt(0) !== 49 || version.charCodeAt(1) !== 46) return Number.NaN;
  let minor = 0;
  for (let i = 2; i < n; i += 1) {
    const code = version.charCodeAt(i);
    if (code < DIGIT_0 || code > DIGIT_9) return Number.NaN;
    minor = minor * 10 + (code - DIGIT_0);
  }
  return minor;
}

/** True when `version` ≥ `floor`; false if either is malformed. */
export function goAtLeast(version: string, floor: string): boolean {
  return goMinor(version) >= goMinor(floor);
}
