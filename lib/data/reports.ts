/**
 * Stored report PDFs (lib/report/stored.ts) in the database, so every app instance — and the
 * same instance after a restart — serves a report rendered once. Only the newest render of an
 * assessment version is kept: saving one removes the others of that version.
 */
import "server-only";
import type { Db } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import type { ReportStore } from "@/lib/report";

export const reportStore = (db: Db): ReportStore => ({
  async find(key) {
    const row = await db.reportRender.findUnique({ where: { key }, select: { pdf: true } });
    return row ? new Uint8Array(row.pdf) : null;
  },
  async save(input, { key, pdf, renderMs }) {
    const version = { assessmentId: input.assessmentId, version: input.version };
    try {
      await db.$transaction([
        db.reportRender.deleteMany({ where: { ...version, key: { not: key } } }),
        db.reportRender.upsert({
          where: { key },
          create: { key, ...version, pdf: new Uint8Array(pdf), renderMs },
          update: {},
        }),
      ]);
    } catch (error) {
      // The assessment may be gone, or the database busy: the report is still served, and the next
      // download renders it again.
      const reason = error instanceof Error ? (error.message.trim().split("\n").at(-1) ?? error.name) : String(error);
      logger.warn({ reason, assessmentId: input.assessmentId, version: input.version }, "report not stored");
    }
  },
});
