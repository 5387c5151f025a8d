import type { NextConfig } from "next";
import { computeRendererId } from "./lib/report/renderer-id";
import { API_SECURITY_HEADERS, transportSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Inlined at build: stored PDF reports are reused only by the code that rendered them.
  env: { REPORT_RENDERER_ID: computeRendererId(process.cwd()) },
  // `npm test` runs `tsc --noEmit` over the whole project; not repeating it in every build keeps
  // `npm start` on a fresh clone quick.
  typescript: { ignoreBuildErrors: true },
  // Native and driver-adapter packages load at run time from node_modules (shared/stack-notes.md).
  serverExternalPackages: [
    "better-sqlite3",
    "pg",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@react-pdf/renderer",
    "exceljs",
    "pino",
  ],
  // Pages get their headers (a per-request nonce CSP) from proxy.ts. Everything its matcher skips
  // gets static ones here: the API, and the files — scripts, styles, fonts, the favicon, and their
  // 404s. Fixed at build: HSTS follows the NEXTAUTH_URL of the build here, of the running server on
  // pages, where browsers learn it (docs/decisions/004). Read from process.env: lib/env.ts cannot
  // be loaded by the config (its `@/` imports do not resolve here).
  async headers() {
    const hsts = transportSecurityHeaders(process.env.NEXTAUTH_URL);
    const headers = Object.entries({ ...API_SECURITY_HEADERS, ...hsts }).map(([key, value]) => ({ key, value }));
    return ["/api/:path*", "/_next/static/:path*", "/_next/image", "/favicon.ico"].map((source) => ({ source, headers }));
  },
  outputFileTracingIncludes: {
    "/api/**": ["./data/**", "./lib/compat-check/templates/**"],
  },
};

export default nextConfig;
