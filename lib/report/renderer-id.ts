/**
 * Which renderer made a stored report. A stored PDF is only reused when the code that would
 * render it today is the code that rendered it: the id hashes every source file under `lib/`
 * (the report, and the labels, formatting and scripts it draws on) and `package-lock.json` (the
 * PDF libraries and the font package). Any change to either gives a new id, so stored reports
 * are rendered again on their next download instead of serving an outdated layout.
 *
 * `next build` computes the id once and inlines it (next.config.ts, `REPORT_RENDERER_ID`), so a
 * running server never reads its sources; scripts and tests compute it from the working tree.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Generated Prisma clients follow the schema, not the renderer; they are large and skipped. */
const SKIPPED = new Set(["generated", "node_modules"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(full);
      return entry.isFile() ? [full] : [];
    });
}

export function computeRendererId(root: string): string {
  const hash = createHash("sha256");
  for (const file of [...sourceFiles(path.join(root, "lib")), path.join(root, "package-lock.json")]) {
    hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

let computed: string | undefined;

export function rendererId(): string {
  return process.env.REPORT_RENDERER_ID || (computed ??= computeRendererId(process.cwd()));
}
