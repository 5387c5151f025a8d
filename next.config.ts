import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
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
  outputFileTracingIncludes: {
    "/api/**": ["./data/**", "./lib/scripts/templates/**"],
  },
};

export default nextConfig;
