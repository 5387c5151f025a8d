/**
 * Shared by the lib/gomod unit tests (not a test file itself): reading the fixtures and a small seeded random generator for
 * the property checks (deterministic, so a failure can be replayed from its seed).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function fixture(name: string): string {
  return readFileSync(join(process.cwd(), "tests", "fixtures", "gomod", name), "utf8");
}

/** mulberry32: tiny, fast, good enough to spread test inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A string of `length` characters drawn from `alphabet` (code points). */
export function randomText(rand: () => number, alphabet: readonly string[], length: number): string {
  let s = "";
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(rand() * alphabet.length)] ?? "";
  return s;
}

/** Random UTF-16 units, including lone surrogates and control characters. */
export function randomUnits(rand: () => number, length: number): string {
  let s = "";
  for (let i = 0; i < length; i++) s += String.fromCharCode(Math.floor(rand() * 0x10000));
  return s;
}
