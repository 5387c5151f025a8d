import type { NextConfig } from "next";
import { computeRendererId } from "./lib/report/renderer-id";
import { API_SECURITY_HEADERS } from "./lib/security/headers";

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
  // API responses carry static security headers; pages get a per-request nonce CSP from proxy.ts.
  async headers() {
    return [{ source: "/api/:path*", headers: Object.entries(API_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
  outputFileTracingIncludes: {
    "/api/**": ["./data/**", "./lib/compat-check/templates/**"],
  },
};

export default nextConfig;
