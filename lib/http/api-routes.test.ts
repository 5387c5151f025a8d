/**
 * The API's request checks live in `apiRoute` (lib/http/route.ts): the cross-origin refusal and
 * the problem+json answers. This keeps them impossible to forget: every state-changing handler
 * of every route file under app/api is built with apiRoute — except next-auth's own endpoints,
 * which carry their CSRF token.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const API = path.resolve(__dirname, "../../app/api");
const UNSAFE = ["POST", "PUT", "PATCH", "DELETE"];

function routeFiles(): string[] {
  return readdirSync(API, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts" && !file.startsWith(`auth${path.sep}`))
    .map((file) => path.join(API, file));
}

/** Each state-changing method the file exports, with the local name its handler is bound to. */
function unsafeExports(source: string): { method: string; local: string }[] {
  const direct = [...source.matchAll(/export\s+(?:const|let|async\s+function|function)\s+(\w+)/g)].map((m) => ({ method: m[1]!, local: m[1]! }));
  const listed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
    m[1]!.split(",").map((entry) => {
      const [local, exported] = entry.trim().split(/\s+as\s+/);
      return { method: (exported ?? local)!.trim(), local: local!.trim() };
    }),
  );
  return [...direct, ...listed].filter(({ method }) => UNSAFE.includes(method));
}

describe("route handlers under app/api", () => {
  it("finds the route files, state-changing ones among them", () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((file) => unsafeExports(readFileSync(file, "utf8")).length > 0).length).toBeGreaterThan(4);
  });

  it("build every POST, PUT, PATCH and DELETE with apiRoute", () => {
    const unguarded = routeFiles().flatMap((file) => {
      const source = readFileSync(file, "utf8");
      return unsafeExports(source)
        .filter(({ local }) => !new RegExp(`(?:const|let)\\s+${local}\\s*=\\s*apiRoute\\b`).test(source))
        .map(({ method }) => `${method} ${path.relative(API, file)}`);
    });
    expect(unguarded).toEqual([]);
  });

  it("export the methods they do not implement only from methodNotAllowed (itself built with apiRoute)", () => {
    const other = routeFiles().flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/export\s+const\s*\{[^}]*\}\s*=\s*(\w+)\(/g)]
        .filter((match) => match[1] !== "methodNotAllowed")
        .map((match) => `${match[1]} in ${path.relative(API, file)}`),
    );
    expect(other).toEqual([]);
    const withStubs = routeFiles().filter((file) => /export\s+const\s*\{[^}]*\}\s*=\s*methodNotAllowed\(/.test(readFileSync(file, "utf8")));
    expect(withStubs.length).toBeGreaterThan(10);
  });
});
