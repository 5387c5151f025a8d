/**
 * Template files (the bash script, the Go probe sources, the README) are real files under
 * lib/compat-check/templates so they can be read, linted and gofmt'ed as what they are.
 *
 * They are read from `process.cwd()` as Next.js recommends for server-side file reads;
 * with `output: "standalone"` add `lib/compat-check/templates/**` to outputFileTracingIncludes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const TEMPLATE_DIR = join(process.cwd(), "lib", "compat-check", "templates");
const cache = new Map<string, string>();

export function readTemplate(relativePath: string): string {
  let text = cache.get(relativePath);
  if (text === undefined) {
    text = readFileSync(join(TEMPLATE_DIR, relativePath), "utf8");
    cache.set(relativePath, text);
  }
  return text;
}

const FRAGMENT_HEADER = /^# shellcheck shell=bash\n# Fragment of compat-check\.sh[^\n]*\n\n/;

/**
 * The bash template is split by topic into templates/sh/NN-*.sh (prelude, helpers, setup,
 * steps, system, go, SM library, build, probe, report) and concatenated in name order;
 * each fragment's two-line editor header is dropped.
 */
export function readScriptTemplate(): string {
  const names = readdirSync(join(TEMPLATE_DIR, "sh"))
    .filter((n) => /^\d\d-[a-z0-9-]+\.sh$/.test(n))
    .sort();
  return names.map((n) => readTemplate(`sh/${n}`).replace(FRAGMENT_HEADER, "")).join("\n");
}

/** Replaces each `#@@GENERATED:<name>@@` line; every marker must appear exactly once. */
export function fillMarkers(template: string, blocks: Record<string, string>): string {
  let text = template;
  for (const [name, block] of Object.entries(blocks)) {
    const marker = `#@@GENERATED:${name}@@`;
    const parts = text.split(marker);
    if (parts.length !== 2) {
      throw new Error(`template marker ${marker} must appear exactly once`);
    }
    text = parts[0] + block + parts[1];
  }
  const leftover = /#@@GENERATED:[a-z_]+@@/.exec(text);
  if (leftover) throw new Error(`unfilled template marker ${leftover[0]}`);
  return text;
}
